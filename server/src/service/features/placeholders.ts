// Where a ${placeholder} gets its value: the credentials.properties beside the config (as the shipped activemq.xml's
// PropertyPlaceholderConfigurer loads it), the system properties bin/activemq sets, or the placeholder's default.
import { parseProperties } from '../../parser/properties';
import { parentOf } from '../../base/configPaths';
import { textOf, type FileAccess } from '../../base/files';

// bin/activemq passes these as -D options; the conf folder is where activemq.xml lives.
const SCRIPT_PROPERTIES: Record<string, { meaning: string; path: (conf: string) => string }> = {
  'activemq.conf': { meaning: 'the conf folder (the folder of this file)', path: (conf) => conf },
  'activemq.base': { meaning: 'the broker instance folder (parent of conf)', path: (conf) => parentOf(conf) },
  'activemq.home': { meaning: 'the installation folder (the same as activemq.base unless an instance was created)', path: (conf) => parentOf(conf) },
  'activemq.data': { meaning: 'the data folder (activemq.base/data)', path: (conf) => `${parentOf(conf)}/data` },
};

/** Markdown saying where `${name}` (or `${name:default}`) comes from; secrets (by name or attribute) are masked. */
export function describePlaceholder(placeholder: string, files: FileAccess, inSecretAttribute = false): string {
  const [name, fallback] = placeholder.slice(2, -1).split(/:(.*)/s);
  const secret = inSecretAttribute || /pass(word)?|secret|pwd/i.test(name);
  const read = files.read('credentials.properties');
  const credentials = textOf(read);
  const entry = credentials === undefined ? undefined : parseProperties(credentials).get(name);
  if (entry && credentials !== undefined) {
    const line = credentials.slice(0, entry.lineSpan.start).split('\n').length;
    const shown = secret ? `${name}=••••••` : credentials.slice(entry.lineSpan.start, entry.lineSpan.end);
    return `\`${placeholder}\` comes from \`credentials.properties\` beside this file, line ${line}:\n\n\`\`\`properties\n${shown}\n\`\`\``;
  }
  const script = SCRIPT_PROPERTIES[name];
  if (script) {
    const where = files.folder ? ` Here: \`${script.path(files.folder)}\`.` : '';
    return `\`${placeholder}\` is a JVM system property that \`bin/activemq\` sets: ${script.meaning}.${where}`;
  }
  const source = read.ok ? `credentials.properties beside this file has no \`${name}\``
    : read.missing ? 'no credentials.properties was found beside this file'
    : `credentials.properties beside this file was not read: ${read.reason}`;
  const orDefault = fallback !== undefined ? ` Without one, the default \`${secret ? '••••••' : fallback}\` is used.` : ' Without a value the broker fails to start.';
  return `\`${placeholder}\` is resolved by Spring's property placeholder configurer from credentials.properties or a JVM system property (-D${name}=…); ${source}.${orDefault}`;
}

// ${...} placeholders resolved from the credentials.properties beside the config, the way the shipped
// activemq.xml's PropertyPlaceholderConfigurer loads file:${activemq.conf}/credentials.properties.
import { parseProperties } from '../../clients';
import { textOf, type FileAccess } from '../../service/files';

export interface ResolvedValue {
  value: string;
  from: string;
}

export function resolvePlaceholder(value: string, files: FileAccess): ResolvedValue | undefined {
  const m = /^\$\{([^}:]+)(?::([^}]*))?\}$/.exec(value.trim());
  if (!m) return undefined;
  const text = textOf(files.read('credentials.properties'));
  const entry = text === undefined ? undefined : parseProperties(text).get(m[1]);
  if (entry) return { value: entry.value, from: `credentials.properties (${m[1]})` };
  if (m[2] !== undefined) return { value: m[2], from: `the placeholder's default` };
  return undefined;
}

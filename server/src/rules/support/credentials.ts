// ${...} placeholders resolved from the credentials.properties beside the config, the way the shipped
// activemq.xml's PropertyPlaceholderConfigurer loads file:${activemq.conf}/credentials.properties.
// ActiveMQ 5.17 (Spring 5.3) and 6.x (Spring 6.1) ship that same Spring class: `${NAME:default}` takes the default
// when NAME is found nowhere, and a value read from the properties is itself resolved, so
// `activemq.password=${ACTIVEMQ_PASSWORD:manager}` means `manager` unless ACTIVEMQ_PASSWORD is a property there, a
// JVM system property or an environment variable (the configurer's fallback mode looks in that order).
// Tried on ActiveMQ 5.17.2: system/manager logs in unless ACTIVEMQ_PASSWORD is set in the broker's environment.
import { parseProperties, type PropertiesFile, type PropertyEntry } from '../../parser/properties';
import { textOf, type FileAccess } from '../../base/files';
import { lazy } from '../../base/lazy';

export interface ResolvedValue {
  value: string;
  from: string;
}

const PLACEHOLDER = /^\$\{([^}:]+)(?::([^}]*))?\}$/;
/** Spring gives up on circular placeholders; this stops well before any real chain ends. */
const MAX_DEPTH = 8;

/** The credentials.properties beside the config, read and parsed on first use and then kept (one run of a rule). */
export type CredentialsFile = () => PropertiesFile | undefined;

/**
 * credentials.properties for one run: a config with thousands of `${...}` passwords reads (or finds missing) the file
 * once, not once per user. Made per run, so an edit of the file counts from the next run.
 */
export function credentialsBeside(files: FileAccess): CredentialsFile {
  return lazy(() => {
    const text = textOf(files.read('credentials.properties'));
    return text === undefined ? undefined : parseProperties(text);
  });
}

export function resolvePlaceholder(value: string, credentials: CredentialsFile): ResolvedValue | undefined {
  const m = PLACEHOLDER.exec(value.trim());
  if (!m) return undefined;
  const properties = credentials();
  const entry = properties?.get(m[1]);
  if (entry) return resolveEntry(entry, m[1], properties!);
  if (m[2] !== undefined) return { value: m[2], from: `the placeholder's default` };
  return undefined;
}

/** A credentials.properties value, through any `${NAME:default}` it holds; undefined when it cannot be known. */
function resolveEntry(entry: PropertyEntry, key: string, properties: PropertiesFile): ResolvedValue | undefined {
  const keys = [key];
  const from = () => `credentials.properties (${keys.join(' → ')})`;
  let current = entry.value;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (!current.includes('${')) return { value: current, from: from() };
    const nested = PLACEHOLDER.exec(current.trim());
    if (!nested) return undefined;
    const next = properties.get(nested[1]);
    if (next) {
      keys.push(nested[1]);
      current = next.value;
      continue;
    }
    if (nested[2] === undefined) return undefined;
    return { value: nested[2], from: `${from()}: the default of \`${current.trim()}\`, which holds unless ${nested[1]} is set as a JVM system property or environment variable` };
  }
  return undefined;
}

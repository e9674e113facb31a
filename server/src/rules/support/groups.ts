// Which group names exist for a config: the groups of its simpleAuthenticationPlugin users, or for JAAS the
// groups.properties that the login.config beside it names. Undefined when the groups live where this file cannot see.
import type { ParsedDocument } from '../../model/parsedDocument';
import { textOf, type FileAccess } from '../../base/files';
import { parseProperties, type PropertyEntry } from '../../parser/properties';
import type { UserInput } from '../../destinations';

export interface KnownGroups {
  /** Group name → its members. */
  members: Map<string, string[]>;
  source: 'users' | 'groups.properties';
  /** For JAAS: the group file as login.config names it (relative to the config's folder, or absolute), and its entries. */
  groupFile?: { name: string; text: string; entries: PropertyEntry[] };
}

/**
 * The users or groups file of JAAS's PropertiesLoginModule, as the login.config beside the config names it
 * (`org.apache.activemq.jaas.properties.user` / `.group`), read and parsed; undefined when either is missing.
 */
export function jaasPropertiesFile(files: FileAccess, kind: 'user' | 'group'): { name: string; text: string; entries: PropertyEntry[] } | undefined {
  const loginConfig = textOf(files.read('login.config'));
  const option = new RegExp(`org\\.apache\\.activemq\\.jaas\\.(?:properties\\.)?${kind}s?\\s*=\\s*"([^"]+)"`);
  const name = loginConfig && option.exec(loginConfig)?.[1];
  const text = name ? textOf(files.read(name)) : undefined;
  if (!name || text === undefined) return undefined;
  return { name, text, entries: parseProperties(text).entries };
}

export function knownGroups(doc: ParsedDocument, files: FileAccess): KnownGroups | undefined {
  const { model } = doc;
  const kinds = new Set(model.authentication.map((a) => a.kind));
  if (kinds.size === 0) return undefined;
  if (kinds.size === 1 && kinds.has('simple')) {
    const members = new Map<string, string[]>();
    for (const [name, info] of model.groups) {
      if (info.members.length) members.set(name, info.members.map((u) => u.username?.text ?? '?'));
    }
    return { members, source: 'users' };
  }
  if (kinds.has('simple') || kinds.has('spring-bean')) return undefined;
  const file = jaasPropertiesFile(files, 'group');
  if (!file) return undefined;
  const { name: fileName, text, entries } = file;
  const members = new Map<string, string[]>();
  // ReloadableProperties splits member lists on commas without trimming.
  for (const entry of entries) members.set(entry.key, entry.value.split(','));
  return { members, source: 'groups.properties', groupFile: { name: fileName, text, entries } };
}

/**
 * The users of a JAAS-only config with PropertiesLoginModule: the names in its users file, each with the groups
 * of the groups file that list it (PropertiesLoginModule gives a login a GroupPrincipal per such group).
 * Undefined when the config is not JAAS-only or the files cannot be read.
 */
export function jaasUsers(doc: ParsedDocument, files: FileAccess): UserInput[] | undefined {
  const kinds = new Set(doc.model.authentication.map((a) => a.kind));
  if (kinds.size === 0 || [...kinds].some((k) => k !== 'jaas' && k !== 'jaas-dual')) return undefined;
  const users = jaasPropertiesFile(files, 'user');
  const groups = knownGroups(doc, files);
  if (!users || groups?.source !== 'groups.properties') return undefined;
  return users.entries.map((entry) => ({
    name: entry.key,
    groups: [...groups.members].filter(([, members]) => members.includes(entry.key)).map(([group]) => group),
  }));
}

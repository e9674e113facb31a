// What makes a password weak, shared by weak-password (the broker's users) and web-console (the Jetty realm's).
import type { PropertyEntry } from '../../parser/properties';
import type { FileAccess } from '../../base/files';
import type { RelatedPlace } from '../types';
import { jaasPropertiesFile } from './groups';
import { placeBeside } from './related';

/** Passwords that ActiveMQ's distribution and guides ship, and their usual neighbours. */
export const WELL_KNOWN_PASSWORDS = new Set(['manager', 'password', 'admin', 'secret', 'activemq', 'guest', 'user', 'changeit', 'changeme', 'system', 'test', '123456', 'marionette']);

/** What is wrong with a password, as the end of a sentence; undefined when nothing this rule knows is. */
export function weakness(password: string, username: string): string | undefined {
  if (password === '') return 'is empty';
  if (password === username) return 'equals the username';
  if (WELL_KNOWN_PASSWORDS.has(password.toLowerCase())) return `is "${password}", a password that documentation and distributions ship`;
  return undefined;
}

export interface WeakJaasUser {
  entry: PropertyEntry;
  /** What weakness() says of its password. */
  problem: string;
  /** The password's place in the users file, for the editor to open. */
  related: RelatedPlace[];
}

/** The users of JAAS PropertiesLoginModule's users file (`user=password` lines, as login.config names it) with weak passwords. */
export function weakJaasUsers(files: FileAccess): { name: string; text: string; weak: WeakJaasUser[] } | undefined {
  const usersFile = jaasPropertiesFile(files, 'user');
  if (!usersFile) return undefined;
  const weak: WeakJaasUser[] = [];
  for (const entry of usersFile.entries) {
    const problem = weakness(entry.value, entry.key);
    if (problem) weak.push({ entry, problem, related: placeBeside(files, usersFile.name, usersFile.text, entry.valueSpan, `the password of \`${entry.key}\``) });
  }
  return { name: usersFile.name, text: usersFile.text, weak };
}

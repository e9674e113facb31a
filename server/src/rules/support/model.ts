// Questions about the security model that several rules ask.
import type { ParsedDocument } from '../../model/parsedDocument';
import type { AuthorizationEntry, SecurityModel, User } from '../../model/types';
import type { Span } from '../../parser/xmlTree';

export function authorizationOn(model: SecurityModel): boolean {
  return model.authorization.length > 0;
}

/** The user that ActiveMQ keeps for each username: the last one (SimpleAuthenticationPlugin.setUsers). */
export function effectiveUsers(model: SecurityModel): User[] {
  const byName = new Map<string, User>();
  for (const user of model.users) if (user.username) byName.set(user.username.text, user);
  return [...byName.values()];
}

export function lineOf(doc: ParsedDocument, span: Span): number {
  return doc.positionAt(span.start).line + 1;
}

/** `queue="X"` / `topic="X"` as written, for messages that point at the entry themselves (related places). */
export function entryLabel(entry: AuthorizationEntry): string {
  const attr = entry.destinationAttributes[0];
  if (!attr) return entry.role === 'temp' ? 'the tempDestinationAuthorizationEntry' : entry.role === 'default' ? 'the defaultEntry' : 'an entry';
  return `${attr.name}="${attr.value}"`;
}

/** `queue="X" (line N)`, for messages that name an entry elsewhere. */
export function describeEntry(doc: ParsedDocument, entry: AuthorizationEntry): string {
  const attr = entry.destinationAttributes[0];
  return attr ? `${entryLabel(entry)} (line ${lineOf(doc, attr.valueSpan)})` : entryLabel(entry);
}

export function isPlaceholder(value: string): boolean {
  return /\$\{[^}]*\}/.test(value);
}

export function listOf(names: string[], max = 6): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length > max ? `${quoted.slice(0, max).join(', ')} and ${quoted.length - max} more` : quoted.join(', ');
}

/** The groups of the users ActiveMQ keeps, sorted: what an inserted "documented entry" grants. */
export function groupsOfAllUsers(model: SecurityModel): string[] {
  // A placeholder group is no name to write into a new entry.
  return [...new Set(effectiveUsers(model).flatMap((u) => (u.groups?.names ?? []).filter((g) => g && !isPlaceholder(g))))].sort();
}

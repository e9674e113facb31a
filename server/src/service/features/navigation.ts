// Groups as symbols: go to the users that hold a group (with JAAS, its line in the groups.properties login.config
// names), find and highlight every place it is named, rename it everywhere, that file included. A ${placeholder}
// goes to its line in credentials.properties.
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { parseProperties, type PropertyEntry } from '../../parser/properties';
import type { ValueToken } from '../../model/types';
import { knownGroups } from '../../rules/support/groups';
import { besideUri } from '../../base/configPaths';
import { textOf } from '../../base/files';
import { rangeIn } from '../../base/textRange';
import type { FeatureContext } from './context';
import { targetAt } from './locate';

/** Why a rename cannot be done, in words the editor shows to the user. */
export interface RenameRefusal {
  refusal: string;
}

function groupAt(context: FeatureContext, position: Position) {
  const target = targetAt(context.doc, context.doc.offsetAt(position));
  return target?.kind === 'group' ? target : undefined;
}

function locations(context: FeatureContext, tokens: ValueToken[]): Location[] {
  return tokens.map((t) => ({ uri: context.doc.uri, range: context.doc.range(t.span) }));
}

/** A key's place in a properties file beside the config (`name` relative to the config's folder, or absolute). */
function keyLocation(uri: string, text: string, entry: PropertyEntry): Location {
  return { uri, range: rangeIn(text, entry.keySpan) };
}

/** With JAAS, where a group is declared: its key in the groups.properties that login.config names. */
function groupFileDeclarations(context: FeatureContext, name: string): Location[] {
  const file = knownGroups(context.doc, context.files)?.groupFile;
  const uri = file && besideUri(context.files, file.name);
  if (!file || !uri) return [];
  return file.entries.filter((e) => e.key === name).map((e) => keyLocation(uri, file.text, e));
}

export function definition(context: FeatureContext, position: Position): Location[] {
  const target = groupAt(context, position);
  if (target) return [...locations(context, target.group.declarations), ...groupFileDeclarations(context, target.token.text)];
  return placeholderDefinition(context, context.doc.offsetAt(position));
}

export function references(context: FeatureContext, position: Position, includeDeclaration: boolean): Location[] {
  const target = groupAt(context, position);
  if (!target) return [];
  const grants = locations(context, target.group.grants.map((g) => g.token));
  if (!includeDeclaration) return grants;
  return [...locations(context, target.group.declarations), ...grants, ...groupFileDeclarations(context, target.token.text)];
}

/** A user's `groups` declares the group (shown as a write), an entry's right reads it. */
export function documentHighlights(context: FeatureContext, position: Position): DocumentHighlight[] {
  const target = groupAt(context, position);
  if (!target) return [];
  const { doc } = context;
  return [
    ...target.group.declarations.map((t) => ({ range: doc.range(t.span), kind: DocumentHighlightKind.Write })),
    ...target.group.grants.map((g) => ({ range: doc.range(g.token.span), kind: DocumentHighlightKind.Read })),
  ];
}

const WILDCARD_REFUSAL = '`*` is not a group but ActiveMQ\'s wildcard (any authenticated connection), so there is no name to rename.';

export function prepareRename(context: FeatureContext, position: Position): { range: Range; placeholder: string } | RenameRefusal | null {
  const target = groupAt(context, position);
  if (!target) return null;
  if (target.token.text === '*') return { refusal: WILDCARD_REFUSAL };
  return { range: context.doc.range(target.token.span), placeholder: target.token.text };
}

/** Why ActiveMQ would not read `name` back as the one group it was meant to be (AuthorizationEntry.parseACLs, SimpleAuthenticationPlugin.setUsers). */
export function groupNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'A group needs a name.';
  if (name.includes(',')) return `\`${name}\` would be read as several groups: ActiveMQ splits group lists at commas.`;
  if (name !== name.trim()) return 'ActiveMQ trims group names, so blanks at the ends would not be part of the name.';
  if (name.trim() === '*') return '`*` is ActiveMQ\'s wildcard group (any authenticated connection), not a name.';
  if (/["<>&]/.test(name)) return `\`${name}\` holds a character (" < > &) that cannot stand as it is in an XML attribute.`;
  return undefined;
}

export function rename(context: FeatureContext, position: Position, newName: string): WorkspaceEdit | RenameRefusal | null {
  const target = groupAt(context, position);
  if (!target) return null;
  if (target.token.text === '*') return { refusal: WILDCARD_REFUSAL };
  const problem = groupNameProblem(newName);
  if (problem) return { refusal: problem };
  const inGroupFile = groupFileDeclarations(context, target.token.text);
  // A properties key ends at blanks, `=` or `:`, and `\` escapes: the name would not be read back as written.
  if (inGroupFile.length > 0 && /[\s=:\\]|^[#!]/.test(newName)) return { refusal: `\`${newName}\` cannot be a key of groups.properties as it is written: blanks, = and : end a key there and \\ escapes.` };
  const tokens = [...target.group.declarations, ...target.group.grants.map((g) => g.token)];
  const changes: Record<string, TextEdit[]> = { [context.doc.uri]: tokens.map((t) => ({ range: context.doc.range(t.span), newText: newName })) };
  for (const location of inGroupFile) (changes[location.uri] ??= []).push({ range: location.range, newText: newName });
  return { changes };
}

/** `${name}` under the cursor, in an attribute value, when credentials.properties beside the config defines it. */
function placeholderDefinition(context: FeatureContext, offset: number): Location[] {
  const { doc, files } = context;
  const target = targetAt(doc, offset);
  if (target?.kind !== 'value' || !files.folder) return [];
  const raw = doc.text.slice(target.attribute.valueStart, target.attribute.valueEnd);
  const at = offset - target.attribute.valueStart;
  for (const m of raw.matchAll(/\$\{([^}:]+)(?::[^}]*)?\}/g)) {
    if (at < m.index || at > m.index + m[0].length) continue;
    const text = textOf(files.read('credentials.properties'));
    const entry = text === undefined ? undefined : parseProperties(text).get(m[1]);
    if (!entry || text === undefined) return [];
    return [keyLocation(besideUri(files, 'credentials.properties')!, text, entry)];
  }
  return [];
}

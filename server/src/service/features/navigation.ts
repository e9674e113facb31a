// Groups as symbols: go to the users that hold a group, find every place it is named, rename it everywhere.
import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ValueToken } from '../../model/types';
import type { FeatureContext } from './context';
import { targetAt } from './locate';

function groupAt(context: FeatureContext, position: Position) {
  const target = targetAt(context.doc, context.doc.offsetAt(position));
  return target?.kind === 'group' ? target : undefined;
}

function locations(context: FeatureContext, tokens: ValueToken[]): Location[] {
  return tokens.map((t) => ({ uri: context.doc.uri, range: context.doc.range(t.span) }));
}

export function definition(context: FeatureContext, position: Position): Location[] {
  const target = groupAt(context, position);
  return target ? locations(context, target.group.declarations) : [];
}

export function references(context: FeatureContext, position: Position, includeDeclaration: boolean): Location[] {
  const target = groupAt(context, position);
  if (!target) return [];
  const grants = target.group.grants.map((g) => g.token);
  return locations(context, includeDeclaration ? [...target.group.declarations, ...grants] : grants);
}

export function prepareRename(context: FeatureContext, position: Position): { range: Range; placeholder: string } | null {
  const target = groupAt(context, position);
  if (!target || target.token.text === '*') return null;
  return { range: context.doc.range(target.token.span), placeholder: target.token.text };
}

/** A group name ActiveMQ reads back as one name: no comma, no blanks at the ends, no quote or markup. */
export function isValidGroupName(name: string): boolean {
  return name.length > 0 && name === name.trim() && !/[,"<>&]/.test(name) && name !== '*';
}

export function rename(context: FeatureContext, position: Position, newName: string): WorkspaceEdit | null {
  const target = groupAt(context, position);
  if (!target || target.token.text === '*' || !isValidGroupName(newName)) return null;
  const tokens = [...target.group.declarations, ...target.group.grants.map((g) => g.token)];
  const edits: TextEdit[] = tokens.map((t) => ({ range: context.doc.range(t.span), newText: newName }));
  return { changes: { [context.doc.uri]: edits } };
}

// Definition, references and rename of groups: not written yet (placeholder so that the facade compiles).
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function definition(context: FeatureContext, position: Position): Location[] {
  void context;
  void position;
  return [];
}

export function references(context: FeatureContext, position: Position, includeDeclaration: boolean): Location[] {
  void context;
  void position;
  void includeDeclaration;
  return [];
}

export function prepareRename(context: FeatureContext, position: Position): { range: Range; placeholder: string } | null {
  void context;
  void position;
  return null;
}

export function rename(context: FeatureContext, position: Position, newName: string): WorkspaceEdit | null {
  void context;
  void position;
  void newName;
  return null;
}

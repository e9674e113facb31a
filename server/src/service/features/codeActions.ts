// Code actions: not written yet (placeholder so that the facade compiles while the feature is built).
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function codeActions(context: FeatureContext, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  void context;
  void range;
  void diagnostics;
  return [];
}

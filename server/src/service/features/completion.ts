// Completion: not written yet (placeholder so that the facade compiles while the feature is built).
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function completion(context: FeatureContext, position: Position): CompletionList {
  void context;
  void position;
  return { isIncomplete: false, items: [] };
}

// Document symbols: not written yet (placeholder so that the facade compiles while the feature is built).
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function documentSymbols(context: FeatureContext): DocumentSymbol[] {
  void context;
  return [];
}

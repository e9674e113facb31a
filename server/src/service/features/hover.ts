// Hover: not written yet (placeholder so that the facade compiles while the feature is built).
import type { Hover, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function hover(context: FeatureContext, position: Position): Hover | null {
  void context;
  void position;
  return null;
}

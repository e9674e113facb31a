// Client settings checked against the broker (alfresco-global.properties): not written yet (placeholder so that
// the facade and the server compile while the feature is built).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

/** Diagnostics for a client's properties file, given the broker config's context (undefined when none was found). */
export function validateClientSettings(propertiesText: string, propertiesUri: string, broker: FeatureContext | undefined): Diagnostic[] {
  void propertiesText;
  void propertiesUri;
  void broker;
  return [];
}

// The diagnostics of one XML text under its environment: what the validation worker runs for an open document, and
// what the main thread runs for the workspace check (or when no worker could be started).
import type { Diagnostic } from 'vscode-languageserver/node';
import { mayHoldBroker } from '../model/bareBroker';
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import type { LanguageService } from '../service/languageService';
import { resolveSettings } from '../service/settings';
import { isTooLarge } from '../service/validate';
import type { Environment } from './environments';

export interface XmlAnalysis {
  diagnostics: Diagnostic[];
  /** What was done with the document, for the log ("analysed", or why not). */
  reason: string;
  /** Rules that threw, each as a log line. */
  failures: string[];
}

export function analyseXml(service: LanguageService, environment: Environment, uri: string, text: string, version: number): XmlAnalysis {
  const { settings, files } = environment;
  if (!mayHoldBroker(text)) return { diagnostics: [], reason: `not analysed: no ActiveMQ broker (namespace ${ACTIVEMQ_NAMESPACE})`, failures: [] };
  if (isTooLarge(text, resolveSettings(settings))) {
    return { diagnostics: service.validateText(text, uri, settings), reason: 'not analysed: larger than activemqXml.maxFileSizeKB', failures: [] };
  }
  const doc = service.parse(text, uri, version);
  const result = service.lint(doc, settings, files);
  const failures = result.failures.map((f) => `activemq-xml: rule ${f.ruleId} failed on ${uri}: ${String((f.error as Error)?.stack ?? f.error)}`);
  return { diagnostics: service.validate(doc, settings, files), reason: 'analysed', failures };
}

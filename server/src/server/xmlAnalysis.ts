// The diagnostics of one XML text under its environment: what the validation worker runs for an open document, and
// what the main thread runs for the workspace check (or when no worker could be started).
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Cancellation, LanguageService, XmldomVerdict } from '../service/languageService';
import type { Environment } from './environments';

export interface XmlAnalysis {
  diagnostics: Diagnostic[];
  /** What was done with the document, for the log ("analysed", or why not). */
  reason: string;
  /** Rules that threw, each as a log line. */
  failures: string[];
  /** xmldom's verdict on the text, when it was parsed: the main thread's parse of the same version reuses it. */
  verdict?: XmldomVerdict;
}

/** `cancellation` stops the analysis between rules (it then throws; see isCancelled). */
export function analyseXml(service: LanguageService, environment: Environment, uri: string, text: string, version: number, cancellation?: Cancellation): XmlAnalysis {
  const { settings, files } = environment;
  const { status, diagnostics, failures, verdict } = service.diagnose(text, uri, version, settings, files, cancellation);
  const reason = status.analysed ? 'analysed' : status.reason === 'tooLarge' ? 'not analysed: larger than activemqXml.maxFileSizeKB' : `not analysed: ${status.detail}`;
  return { diagnostics, reason, verdict, failures: failures.map((f) => `activemq-xml: rule ${f.ruleId} failed on ${uri}: ${String((f.error as Error)?.stack ?? f.error)}`) };
}

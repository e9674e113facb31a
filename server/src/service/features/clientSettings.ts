// Client settings checked against the broker (alfresco-global.properties): the checks live in server/src/clientApps;
// this turns their findings into LSP diagnostics, with the fixes in `data` for the code-action glue.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { checkClientText } from '../../clientApps';
import type { Problem, Severity } from '../../rules/types';
import { DIAGNOSTIC_SOURCE } from '../validate';
import type { FeatureContext } from './context';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The problems of the `client` rules (offsets in the properties text), under the broker config's settings. */
export function clientProblems(propertiesText: string, propertiesUri: string, broker: FeatureContext | undefined): Problem[] {
  const brokerSide = broker ? { model: broker.doc.model, analysis: broker.analysis } : undefined;
  return checkClientText(propertiesText, propertiesUri, brokerSide, broker?.settings).problems;
}

/** Diagnostics for a client's properties file, given the broker config's context (undefined when none was found). */
export function validateClientSettings(propertiesText: string, propertiesUri: string, broker: FeatureContext | undefined): Diagnostic[] {
  const lines = TextDocument.create(propertiesUri, 'properties', 0, propertiesText);
  const range = (span: { start: number; end: number }) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  return clientProblems(propertiesText, propertiesUri, broker).map(({ rule, finding, severity }) => {
    const diagnostic: Diagnostic = {
      range: range(finding.span),
      severity: LSP_SEVERITY[severity],
      source: DIAGNOSTIC_SOURCE,
      code: rule.id,
      message: finding.message,
    };
    if (finding.fixes?.length) {
      diagnostic.data = { fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: range(e.span), newText: e.newText })) })) };
    }
    return diagnostic;
  });
}

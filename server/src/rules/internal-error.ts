// internal-error: a rule that failed on this document. Its findings are missing, so the failure is a finding
// itself (naming the rule), never a silently shorter list. The rule runner reports it; this module holds its docs.
import type { ParsedDocument } from '../model/parsedDocument';
import type { Finding, Rule } from './types';

export const internalError: Rule = {
  id: 'internal-error',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'A rule of activemq-xml failed on this file, so its findings are missing.',
  docs: {
    autofix: false,
  },
  check: () => [],
};

/** The finding for a rule that threw: on the broker's name, or at the start of a file without a broker. */
export function internalErrorFinding(doc: ParsedDocument, ruleId: string, error: unknown): Finding {
  const span = doc.model.broker?.nameSpan ?? { start: 0, end: Math.min(1, doc.text.length) };
  const reason = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200);
  return { span, message: `The rule ${ruleId} failed on this file (${reason}), so its findings are missing. This is a bug in activemq-xml; please report it.` };
}

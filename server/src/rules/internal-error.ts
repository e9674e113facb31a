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
    catches: 'A bug in activemq-xml: one of its rules threw an exception on this file. The finding names the rule and the error; the other rules\' findings are still reported, the failed rule\'s are not.',
    runtime: 'Nothing: this is about the linter, not the broker. It is an error by default so that a CI gate does not pass a file that was only partly checked.',
    wrong: '<!-- any file on which a rule fails -->',
    right: '<!-- the same file, once the rule is fixed -->',
    fix: 'Report the finding\'s message (rule and error) to the activemq-xml issue tracker, with the file if you can share it. Set `internal-error` to `warning` or `off` to let a gate pass meanwhile.',
  },
  check: () => [],
};

/** The finding for a rule that threw: on the broker's name, or at the start of a file without a broker. */
export function internalErrorFinding(doc: ParsedDocument, ruleId: string, error: unknown): Finding {
  const span = doc.model.broker?.nameSpan ?? { start: 0, end: Math.min(1, doc.text.length) };
  const reason = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200);
  return { span, message: `The rule ${ruleId} failed on this file (${reason}), so its findings are missing. This is a bug in activemq-xml; please report it.` };
}

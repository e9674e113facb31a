// xml-syntax: the document is not well-formed. The tolerant scanner places each fault exactly; xmldom's
// verdict is added when the scanner found nothing, so both parsers' faults are caught.
import type { Finding, Rule } from './types';

export const xmlSyntax: Rule = {
  id: 'xml-syntax',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The file is not well-formed XML, so ActiveMQ cannot read it.',
  docs: {
    autofix: false,
  },
  check({ doc, settings }) {
    const unreadable = doc.template?.unreadable;
    if (doc.template && unreadable) {
      // A template whose markup cannot be read even with its tags set aside is checked once rendered; its faults
      // may be the template's doing, so they are not listed one by one.
      return [{
        span: unreadable.span,
        severity: 'info',
        message: `This ${doc.template.kind} template cannot be read as XML here once its template tags are set aside (${unreadable.message.replace(/^Not well-formed XML: /, '')}); render it and lint the result.`,
      }];
    }
    if (!settings.reportSyntaxErrors) return [];
    const findings: Finding[] = doc.tree.problems.map((p) => ({ span: p.span, message: p.message }));
    if (findings.length === 0 && doc.dom.problem) findings.push({ span: doc.dom.problem.span, message: doc.dom.problem.message });
    // Not a fault of the file, but a check that did not run: said, never passed over in silence.
    if (doc.dom.skipped) findings.push({ span: doc.dom.skipped.span, message: doc.dom.skipped.message, severity: 'warning' });
    return findings;
  },
};

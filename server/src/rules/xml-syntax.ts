// xml-syntax: the document is not well-formed. The tolerant scanner places each fault exactly; xmldom's
// verdict is added when the scanner found nothing, so both parsers' faults are caught.
import type { Finding, Rule } from './types';

export const xmlSyntax: Rule = {
  id: 'xml-syntax',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The file is not well-formed XML, so ActiveMQ cannot read it.',
  docs: {
    catches: 'Anything that makes the file not well-formed XML: an unclosed tag, a mismatched end tag, an attribute without quotes, a stray `<` or `&`, text outside the root element, a truncated file, a character XML 1.0 forbids (a NUL byte, another control character, a lone surrogate) or a character reference to one (`&#0;`), an entity Java\'s parser refuses (recursive, a `<` in an attribute value, beyond 64,000 expansions). A warning when elements declaring namespaces nest more than 200 deep: the second check (xmldom) is then not run, as its time grows with the square of that depth. A template of a config (ERB `<%= %>`, Jinja2 `{{ }}` `{% %}`, Go/Helm `{{ }}`) is read with its template tags set aside: an expression in a value or in text becomes a placeholder no rule judges, a control tag or comment counts as absent, and where all branches of a conditional together are not XML (an `if` choosing between two start tags), the first branch of each is read. Only a template that still cannot be read as XML gets this rule, as one info at the place where it stops being XML (render it and lint the result), and no other finding.',
    runtime: 'The broker does not start: Spring fails to load the configuration with an `XmlBeanDefinitionStoreException` naming the line, and no connector opens.',
    wrong: '<authorizationEntry queue=">" read="admins" write="admins" admin="admins">',
    right: '<authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>',
    fix: 'Correct the markup at the reported place. The rest of the file is still analysed as far as it can be read.',
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

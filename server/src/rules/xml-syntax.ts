// xml-syntax: the document is not well-formed. The tolerant scanner places each fault exactly; xmldom's
// verdict is added when the scanner found nothing, so both parsers' faults are caught.
import type { Finding, Rule } from './types';

export const xmlSyntax: Rule = {
  id: 'xml-syntax',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The file is not well-formed XML, so ActiveMQ cannot read it.',
  docs: {
    catches: 'Anything that makes the file not well-formed XML: an unclosed tag, a mismatched end tag, an attribute without quotes, a stray `<` or `&`, text outside the root element, a truncated file. A template of a config (ERB `<%= %>`, Jinja2 `{{ }}` `{% %}`, Go/Helm `{{ }}`) is read with its template tags set aside: an expression in a value or in text becomes a placeholder no rule judges, a control tag or comment counts as absent, and where all branches of a conditional together are not XML (an `if` choosing between two start tags), the first branch of each is read. Only a template that still cannot be read as XML gets this rule, as one info at the place where it stops being XML (render it and lint the result), and no other finding.',
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
    return findings;
  },
};

// unknown-attribute: an attribute the element does not have, or a value its type cannot take, in the security
// parts of the broker.
import { attributeNames, attributeType, checkAttributeValue, isKnownElement } from '../data/vocabulary';
import { suggestName, type NameSuggestion } from '../text/nearest';
import { securityScope } from './support/scope';
import type { Finding, Fix, Rule } from './types';

export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An attribute ActiveMQ does not have on that element (`group=`, `queues=`), or a value of the wrong type.',
  docs: {
    autofix: true,
  },
  check({ doc }) {
    const broker = doc.model.broker;
    if (!broker) return [];
    const findings: Finding[] = [];
    // Indexed loops: a large map's scope has tens of thousands of elements, read on every keystroke.
    const scope = securityScope(broker);
    for (let i = 0; i < scope.length; i++) {
      const { element, role } = scope[i];
      if (role !== 'bean' || !isKnownElement(element.localName)) continue;
      const { attributes } = element;
      for (let j = 0; j < attributes.length; j++) {
        const attr = attributes[j];
        if (attr.name === 'xmlns' || attr.name.includes(':')) continue;
        const type = attributeType(element.localName, attr.name);
        if (!type) {
          const suggestion = suggestName(attr.name, attributeNames(element.localName));
          findings.push({ span: attr.nameSpan, message: `<${element.localName}> has no attribute \`${attr.name}\`` +
            `${suggestion ? `; did you mean \`${suggestion.name}\`?` : '.'} ActiveMQ's schema validation rejects the file at start-up.`, data: suggestion });
          continue;
        }
        const problem = checkAttributeValue(type, attr.value);
        if (problem) findings.push({ span: attr.valueSpan, message: `\`${attr.name}\` ${problem}; ActiveMQ cannot read "${attr.value}" and does not start.` });
      }
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const to = finding.data as NameSuggestion | undefined;
    return to ? [{ title: `Rename to \`${to.name}\``, edits: [{ span: finding.span, newText: to.name }], preferred: true, autofix: to.caseOnly }] : [];
  },
};

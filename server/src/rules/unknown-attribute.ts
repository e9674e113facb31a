// unknown-attribute: an attribute the element does not have, or a value its type cannot take, in the security
// parts of the broker.
import { attributeNames, attributeType, checkAttributeValue, isKnownElement } from '../data/vocabulary';
import { suggestName, type NameSuggestion } from '../text/nearest';
import { AttributeFinding, findingsPerElement, type FindingsByElement } from './support/perElement';
import { securityScope } from './support/scope';
import type { XmlElement } from '../parser/xmlTree';
import type { Finding, Fix, Rule } from './types';

export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An attribute ActiveMQ does not have on that element (`group=`, `queues=`), or a value of the wrong type.',
  docs: {
    autofix: true,
  },
  check(context) {
    const broker = context.doc.model.broker;
    if (!broker) return [];
    const scope = securityScope(broker);
    return findingsPerElement(context, unknownAttribute.id, () => {
      const byElement: FindingsByElement = new Map();
      // Indexed loops: a large map's scope has tens of thousands of elements.
      for (let i = 0; i < scope.length; i++) {
        const { element, role } = scope[i];
        if (role !== 'bean') continue;
        const found = attributeFindings(element);
        if (found.length > 0) byElement.set(element, found);
      }
      return byElement;
    }, (element) => (scope.some((s) => s.element === element && s.role === 'bean') ? attributeFindings(element) : []));
  },
  fixes(finding): Fix[] {
    const to = finding.data as NameSuggestion | undefined;
    return to ? [{ title: `Rename to \`${to.name}\``, edits: [{ span: finding.span, newText: to.name }], preferred: true, autofix: to.caseOnly }] : [];
  },
};

const NONE: Finding[] = [];

/** The findings on one bean element of the security scope. */
function attributeFindings(element: XmlElement): Finding[] {
  if (!isKnownElement(element.localName)) return NONE;
  let findings = NONE;
  const { attributes } = element;
  for (let j = 0; j < attributes.length; j++) {
    const attr = attributes[j];
    if (attr.name === 'xmlns' || attr.name.includes(':')) continue;
    const type = attributeType(element.localName, attr.name);
    let finding: Finding | undefined;
    if (!type) {
      const suggestion = suggestName(attr.name, attributeNames(element.localName));
      finding = new AttributeFinding(attr, 'name', `<${element.localName}> has no attribute \`${attr.name}\`` +
        `${suggestion ? `; did you mean \`${suggestion.name}\`?` : '.'} ActiveMQ's schema validation rejects the file at start-up.`, suggestion);
    } else {
      const problem = checkAttributeValue(type, attr.value);
      if (problem) finding = new AttributeFinding(attr, 'value', `\`${attr.name}\` ${problem}; ActiveMQ cannot read "${attr.value}" and does not start.`);
    }
    if (finding) findings = findings === NONE ? [finding] : [...findings, finding];
  }
  return findings;
}

// unknown-element: an element of ActiveMQ's namespace that does not belong where it stands, in the security
// parts of the broker (plugins, connectors, sslContext), with the nearest valid name.
import { allowedInProperty, elementNames, isKnownElement, propertyNames } from '../data/vocabulary';
import type { XmlElement } from '../parser/xmlTree';
import { suggestName, type NameSuggestion } from '../text/nearest';
import { securityScope } from './support/scope';
import type { Finding, Fix, Rule } from './types';

interface RenameData extends NameSuggestion {
  element: XmlElement;
}

function renameData(element: XmlElement, suggestion: NameSuggestion | undefined): RenameData | undefined {
  return suggestion && { ...suggestion, element };
}

function renameEdits(element: XmlElement, to: string): Fix['edits'] {
  const name = element.prefix ? `${element.prefix}:${to}` : to;
  const edits = [{ span: element.nameSpan, newText: name }];
  if (element.endTagStart !== undefined) edits.push({ span: { start: element.endTagStart + 2, end: element.endTagStart + 2 + element.name.length }, newText: name });
  return edits;
}

export const unknownElement: Rule = {
  id: 'unknown-element',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An ActiveMQ element that does not belong where it stands (misspelt, wrong case, wrong depth) in the security parts of the broker.',
  docs: {
    autofix: true,
  },
  check({ doc }) {
    const broker = doc.model.broker;
    if (!broker) return [];
    const findings: Finding[] = [];
    for (const { element, role, owner } of securityScope(broker)) {
      const name = element.localName;
      if (role === 'property') {
        if (owner === broker || propertyNames(owner.localName).includes(name) || !isKnownElement(owner.localName)) continue;
        // The list named after the element (authorizationEntries for authorizationEntry) first, then any typed slot.
        const properties = propertyNames(owner.localName);
        const wrapper = properties.find((p) => p.startsWith(name.slice(0, -1)) && p !== name)
          ?? properties.find((p) => {
            const allowed = allowedInProperty(owner.localName, p);
            return Array.isArray(allowed) && allowed.includes(name);
          });
        if (wrapper) {
          findings.push({ span: element.nameSpan, message: `<${name}> cannot stand directly in <${owner.localName}>: it belongs inside <${wrapper}>. ActiveMQ's schema validation rejects the file at start-up.` });
          continue;
        }
        const suggestion = suggestName(name, propertyNames(owner.localName));
        findings.push({ span: element.nameSpan, message: `<${owner.localName}> has no <${name}>` +
          `${suggestion ? `; did you mean <${suggestion.name}>?` : '.'} ActiveMQ's schema validation rejects the file at start-up.`, data: renameData(element, suggestion) });
        continue;
      }
      const bean = owner.parent;
      const allowed = bean ? allowedInProperty(bean.localName, owner.localName) : undefined;
      if (allowed === undefined) continue;
      // An untyped list takes any known element; checked first, since maps hold thousands of entries.
      if (allowed === 'any' ? isKnownElement(name) : allowed.includes(name)) continue;
      const candidates = allowed === 'any' ? elementNames() : allowed;
      const suggestion = suggestName(name, candidates);
      findings.push({
        span: element.nameSpan,
        message: `<${name}> is not an element ActiveMQ accepts in <${owner.localName}>${suggestion ? `; did you mean <${suggestion.name}>?` : '.'} The broker's schema validation rejects the file at start-up.`,
        data: renameData(element, suggestion),
      });
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as RenameData | undefined;
    if (!data) return [];
    return [{ title: `Rename to <${data.name}>`, edits: renameEdits(data.element, data.name), preferred: true, autofix: data.caseOnly }];
  },
};

// missing-element: the parts of an authorizationPlugin that ActiveMQ needs to start.
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import { insertAsLastChildren, qualified } from '../base/edits';
import type { Finding, Fix, Rule } from './types';

export const missingElement: Rule = {
  id: 'missing-element',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An authorizationPlugin without map, an authorizationMap without authorizationEntries, or a foreign element among the entries.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const plugin of doc.model.authorization) {
      if (!plugin.mapElement) {
        findings.push({ span: plugin.element.nameSpan, message: 'This authorizationPlugin has no <map>: ActiveMQ refuses to start ("You must configure a \'map\' property").' });
      }
      const map = plugin.map;
      if (!map) continue;
      if (!map.entriesElement) {
        findings.push({ span: map.element.nameSpan, message: 'This authorizationMap has no <authorizationEntries>: ActiveMQ fails at start-up with ' +
          'a NullPointerException (XBeanAuthorizationMap).', data: { addEntries: true } });
        continue;
      }
      for (const child of map.entriesElement.children) {
        if (child.namespace === ACTIVEMQ_NAMESPACE && child.localName === 'authorizationEntry') continue;
        findings.push({ span: child.nameSpan, message: `Only <authorizationEntry> may stand in <authorizationEntries>; ActiveMQ casts every item ` +
          `to one and fails at start-up with a ClassCastException on this <${child.name}>.` });
      }
    }
    return findings;
  },
  fixes(finding, { doc }): Fix[] {
    if (!(finding.data as { addEntries?: boolean } | undefined)?.addEntries) return [];
    const map = doc.model.authorization.find((p) => p.map?.element.nameSpan.start === finding.span.start)?.map;
    if (!map) return [];
    const name = qualified(map.element, 'authorizationEntries');
    return [{ title: 'Add an empty <authorizationEntries>', edits: [insertAsLastChildren(doc, map.element, [`<${name}>`, `</${name}>`])], preferred: true }];
  },
};

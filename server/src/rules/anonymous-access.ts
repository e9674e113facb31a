// anonymous-access: anonymous connections may write or administer something.
import { RIGHTS } from '../model/types';
import { attribute } from '../parser/xmlTree';
import { describeEntry } from './support/model';
import type { Finding, Rule } from './types';

export const anonymousAccess: Rule = {
  id: 'anonymous-access',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'Anonymous access is on and no authorizationPlugin limits it, or the anonymous group may write or administer, or is granted through `*`.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const anonymous = doc.model.simpleAuthentication.find((a) => a.anonymousAccessAllowed);
    if (!anonymous) return [];
    if (doc.model.authorization.length === 0) {
      const allowed = attribute(anonymous.element, 'anonymousAccessAllowed');
      return [{
        span: allowed?.valueSpan ?? anonymous.element.nameSpan,
        message: 'Anonymous access is on and no authorizationPlugin limits it: any client that connects without a username may read, write, create ' +
          'and delete every queue and topic (nothing checks rights without AuthorizationBroker).',
      }];
    }
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      // Old brokers need every client, anonymous ones too, to create advisory topics: not an open door.
      if (entry.patterns.length > 0 && entry.patterns.every((p) => p.pattern.text.startsWith('ActiveMQ.Advisory.'))) continue;
      const viaStar = RIGHTS.filter((r) => entry.rights[r]?.items.some((t) => t.text === '*'));
      const viaGroup = RIGHTS.filter((r) => r !== 'read' && entry.rights[r]?.items.some((t) => t.text === anonymous.anonymousGroup));
      if (viaStar.length > 0) {
        const token = RIGHTS.flatMap((r) => entry.rights[r]?.items ?? []).find((t) => t.text === '*')!;
        findings.push({ span: token.span, message: `\`*\` includes anonymous connections (anonymousAccessAllowed is on): anybody who reaches the broker gets ${viaStar.join(', ')} on ${describeEntry(doc, entry)}.` });
      } else if (viaGroup.length > 0) {
        const token = viaGroup.flatMap((r) => entry.rights[r]?.items ?? []).find((t) => t.text === anonymous.anonymousGroup)!;
        findings.push({ span: token.span, message: `Anonymous connections (group \`${anonymous.anonymousGroup}\`) get ${viaGroup.join(' and ')} on ` +
          `${describeEntry(doc, entry)}: anybody who reaches the broker may ${viaGroup.includes('admin') ? 'create and delete those destinations' : 'send there'}.` });
      }
    }
    return findings;
  },
};

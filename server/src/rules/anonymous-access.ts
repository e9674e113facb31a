// anonymous-access: anonymous connections may write or administer something.
import { RIGHTS } from '../model/types';
import { describeEntry } from './support/model';
import type { Finding, Rule } from './types';

export const anonymousAccess: Rule = {
  id: 'anonymous-access',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'Anonymous access is on and the anonymous group may write or administer, or is granted through `*`.',
  docs: {
    catches: 'A simpleAuthenticationPlugin with `anonymousAccessAllowed="true"` while an entry grants its `anonymousGroup` (default `anonymous`) write or admin, or grants `*` anything (which includes anonymous connections).',
    runtime: 'SimpleAuthenticationBroker lets a connection without username and password in as `anonymousUser` with the single group `anonymousGroup`; `*` matches every connection with a security context, anonymous ones included. Anybody who reaches the port can then send, or create and delete destinations.',
    wrong: '<simpleAuthenticationPlugin anonymousAccessAllowed="true">...\n<authorizationEntry queue=">" write="anonymous"/>',
    right: '<simpleAuthenticationPlugin anonymousAccessAllowed="true">...\n<authorizationEntry queue="PUBLIC.>" read="anonymous"/>',
    fix: 'Grant anonymous connections read on what is meant to be public only, and name real groups instead of `*`.',
  },
  check({ doc }) {
    const anonymous = doc.model.simpleAuthentication.find((a) => a.anonymousAccessAllowed);
    if (!anonymous) return [];
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      for (const right of RIGHTS) {
        for (const token of entry.rights[right]?.items ?? []) {
          if (token.text === '*') {
            findings.push({ span: token.span, message: `\`*\` includes anonymous connections (anonymousAccessAllowed is on): anybody who reaches the broker gets ${right} on ${describeEntry(doc, entry)}.` });
          } else if (token.text === anonymous.anonymousGroup && right !== 'read') {
            findings.push({ span: token.span, message: `Anonymous connections (group \`${token.text}\`) get ${right} on ${describeEntry(doc, entry)}: anybody who reaches the broker may ${right === 'write' ? 'send there' : 'create and delete those destinations'}.` });
          }
        }
      }
    }
    return findings;
  },
};

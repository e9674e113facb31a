// entry-no-rights: an entry that grants nothing.
import type { Finding, Rule } from './types';

export const entryNoRights: Rule = {
  id: 'entry-no-rights',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'An authorizationEntry that grants none of read, write and admin.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      if (entry.role !== 'entry') continue;
      const grants = [entry.rights.read, entry.rights.write, entry.rights.admin].some((list) => list && list.names.length > 0);
      if (!grants) {
        findings.push({ span: entry.element.nameSpan, message: 'This entry grants no read, write or admin: it changes nothing, since entries only ever add groups.' });
      }
    }
    return findings;
  },
};

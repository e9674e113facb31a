// entry-no-rights: an entry that grants nothing.
import type { Finding, Rule } from './types';

export const entryNoRights: Rule = {
  id: 'entry-no-rights',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'An authorizationEntry that grants none of read, write and admin.',
  docs: {
    catches: 'An `<authorizationEntry>` with none of `read`, `write`, `admin` (or all of them empty).',
    runtime: 'An omitted right is an empty set: the entry adds no group to any lookup. It cannot take rights away either, because entries add up; it is dead configuration that usually means a right was forgotten.',
    wrong: '<authorizationEntry queue="ORDERS.>"/>',
    right: '<authorizationEntry queue="ORDERS.>" read="orders" write="orders" admin="admins"/>',
    fix: 'Grant the rights the entry was meant to grant, or remove it.',
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      if (entry.role !== 'entry') continue;
      const grants = [entry.rights.read, entry.rights.write, entry.rights.admin].some((list) => list && list.items.length > 0);
      if (!grants) {
        findings.push({ span: entry.element.nameSpan, message: 'This entry grants no read, write or admin: it changes nothing, since entries only ever add groups.' });
      }
    }
    return findings;
  },
};

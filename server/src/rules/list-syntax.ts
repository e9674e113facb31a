// list-syntax: a group list that ActiveMQ reads differently from how it looks.
import { RIGHTS, type GroupList } from '../model/types';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, Rule, RuleContext } from './types';

interface ListData {
  rewritten: string;
  /** The attribute value the rewritten list replaces. */
  valueSpan: Span;
}

/** What ActiveMQ does not split on although a reader would (regular expressions made once: lists are thousands). */
const NOT_A_SEPARATOR = /[\s;]/;
const NOT_SEPARATORS = /[\s;]+/;

function lists(doc: RuleContext['doc']): GroupList[] {
  const out: GroupList[] = [];
  for (const user of doc.model.users) if (user.groups) out.push(user.groups);
  for (const entry of doc.model.entries) {
    for (const right of RIGHTS) {
      const list = entry.rights[right];
      if (list) out.push(list);
    }
  }
  return out;
}

export const listSyntax: Rule = {
  id: 'list-syntax',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A group list with a blank item, or with spaces or semicolons where commas were meant.',
  docs: {
    autofix: true,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const list of lists(doc)) {
      // Most lists are fine: their rewrite is worked out only for one that is not.
      if (!list.items.some((t) => t.text === '' || NOT_A_SEPARATOR.test(t.text))) continue;
      const names = list.items.flatMap((t) => t.text.split(NOT_SEPARATORS)).filter((n) => n !== '');
      const data: ListData = { rewritten: names.join(','), valueSpan: list.attribute.valueSpan };
      for (const item of list.items) {
        if (item.text === '') {
          findings.push({ span: item.span, message: `A blank item in \`${list.attribute.name}\`: ActiveMQ makes it a group named "" that no user has.`, data });
        } else if (NOT_A_SEPARATOR.test(item.text)) {
          const parts = item.text.split(NOT_SEPARATORS).filter(Boolean);
          findings.push({
            span: item.span,
            message: `ActiveMQ splits group lists on commas only, so "${item.text}" is ONE group with that name, not ${parts.map((p) => `\`${p}\``).join(' and ')}.`,
            data,
          });
        }
      }
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as ListData | undefined;
    if (!data) return [];
    return [{ title: `Write the list as "${data.rewritten}"`, edits: [{ span: data.valueSpan, newText: data.rewritten }], preferred: true, autofix: true }];
  },
};

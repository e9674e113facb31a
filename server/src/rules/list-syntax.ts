// list-syntax: a group list that ActiveMQ reads differently from how it looks.
import { entryOfElement, userOfElement } from '../model/elementOwners';
import { RIGHTS, type GroupList, type RightName, type ValueToken } from '../model/types';
import type { Span } from '../parser/xmlTree';
import { findingsPerElement, type FindingsByElement } from './support/perElement';
import type { Finding, Fix, Rule } from './types';

interface ListData {
  rewritten: string;
  /** The attribute value the rewritten list replaces. */
  valueSpan: Span;
}

/** What ActiveMQ does not split on although a reader would (regular expressions made once: lists are thousands). */
const NOT_A_SEPARATOR = /[\s;]/;
const NOT_SEPARATORS = /[\s;]+/;

/** The group lists of one user or entry element (a user's groups; an entry's read, write and admin). */
function listsOf(owner: { groups: GroupList | undefined } | { rights: Record<RightName, GroupList | undefined> }): GroupList[] {
  if ('groups' in owner) return owner.groups ? [owner.groups] : [];
  return RIGHTS.flatMap((right) => owner.rights[right] ?? []);
}

export const listSyntax: Rule = {
  id: 'list-syntax',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A group list with a blank item, or with spaces or semicolons where commas were meant.',
  docs: {
    autofix: true,
  },
  check(context) {
    const { model } = context.doc;
    const owners = () => [...model.users, ...model.entries];
    return findingsPerElement(context, listSyntax.id, () => {
      const byElement: FindingsByElement = new Map();
      for (const owner of owners()) {
        const found = listFindings(owner);
        if (found.length > 0) byElement.set(owner.element, found);
      }
      return byElement;
    }, (element) => {
      const owner = entryOfElement(model, element) ?? userOfElement(model, element);
      return owner ? listFindings(owner) : [];
    });
  },
  fixes(finding): Fix[] {
    const data = finding.data as ListData | undefined;
    if (!data) return [];
    return [{ title: `Write the list as "${data.rewritten}"`, edits: [{ span: data.valueSpan, newText: data.rewritten }], preferred: true, autofix: true }];
  },
};

const NONE: Finding[] = [];

/** The findings on the group lists of one user or entry. */
function listFindings(owner: Parameters<typeof listsOf>[0]): Finding[] {
  let findings = NONE;
  for (const list of listsOf(owner)) {
    // Most lists are fine: their rewrite is worked out only for one that is not.
    if (!list.names.some((name) => name === '' || NOT_A_SEPARATOR.test(name))) continue;
    const rewritten = list.items.flatMap((t) => t.text.split(NOT_SEPARATORS)).filter((n) => n !== '').join(',');
    for (const item of list.items) {
      if (item.text === '') {
        findings = [...findings, new ListFinding(item, list, rewritten, `A blank item in \`${list.attribute.name}\`: ActiveMQ makes it a group named "" that no user has.`)];
      } else if (NOT_A_SEPARATOR.test(item.text)) {
        const parts = item.text.split(NOT_SEPARATORS).filter(Boolean);
        findings = [...findings, new ListFinding(item, list, rewritten,
          `ActiveMQ splits group lists on commas only, so "${item.text}" is ONE group with that name, not ${parts.map((p) => `\`${p}\``).join(' and ')}.`)];
      }
    }
  }
  return findings;
}

/** A finding on one item of a list, with its spans read from the tree (perElement.ts). */
class ListFinding implements Finding {
  constructor(
    private readonly item: ValueToken,
    private readonly list: GroupList,
    private readonly rewritten: string,
    readonly message: string,
  ) {}

  get span(): Span {
    return this.item.span;
  }

  get data(): ListData {
    return { rewritten: this.rewritten, valueSpan: this.list.attribute.valueSpan };
  }
}

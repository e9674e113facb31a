// pattern-overlap: entries whose patterns share destinations in a way that matters. Entries add up: a narrower
// entry can only add groups, so one whose rights are already granted by entries containing it restricts nothing.
import { RIGHTS, type AuthorizationEntry, type RightName } from '../model/types';
import { describeEntry, entryLabel, lineOf } from './support/model';
import { missingOtherKind, type OtherKindData } from './support/otherKind';
import { capRelated, MAX_RELATED } from './support/related';
import { identicalGroups } from './support/twins';
import type { Finding, Fix, RelatedPlace, Rule } from './types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Analysis } from '../service/analysis';

function groupsOf(entry: AuthorizationEntry, right: RightName): string[] {
  return (entry.rights[right]?.items ?? []).map((t) => t.text).filter(Boolean);
}

/** The groups each right goes to when ActiveMQ merges `entries`: one pass over them, whatever their number. */
function rightsSummary(entries: AuthorizationEntry[]): string {
  return RIGHTS.map((r) => {
    const groups = new Set<string>();
    for (const e of entries) for (const g of groupsOf(e, r)) groups.add(g);
    return `${r}: ${[...groups].sort().join(', ') || 'nobody'}`;
  }).join('; ');
}

/**
 * The partners as related places, at most MAX_RELATED (the note says how many more); the editor shows each place's
 * line, so the message does not repeat it.
 */
function related(entries: AuthorizationEntry[]): { related: RelatedPlace[]; note: string } {
  const shown = entries.slice(0, MAX_RELATED).map((e) => ({ span: e.destinationAttributes[0]?.valueSpan ?? e.element.nameSpan, message: `overlapping entry ${entryLabel(e)}` }));
  return capRelated(shown, entries.length);
}

/**
 * One finding for a group of entries with identical patterns, on its second entry (the repetition; the first keeps
 * its own findings): the first named, the others as related places.
 */
function twinsFinding(doc: ParsedDocument, analysis: Analysis, group: AuthorizationEntry[]): Finding {
  const [first, entry] = group;
  const others = group.length - 2;
  const span = entry.destinationAttributes[0]?.valueSpan ?? entry.element.nameSpan;
  const missing = missingOtherKind(doc, analysis, entry, first);
  const places = related([first, ...group.slice(2)]);
  const who = others === 0 ? 'both entries' : `all ${group.length} entries`;
  const more = others === 0 ? '' : ` and ${others} more ${others === 1 ? 'entry' : 'entries'}`;
  return {
    span,
    message: `The same destinations as ${describeEntry(doc, first)}${more}: ActiveMQ merges ${who}, so together they grant ${rightsSummary(group)}.${places.note}${missing ? ` ${missing.message}` : ''}`,
    related: places.related,
    data: missing?.data,
  };
}

function grantsGroup(entry: AuthorizationEntry, right: RightName, group: string): boolean {
  return groupsOf(entry, right).some((g) => g === group || g === '*');
}

/**
 * The containing entries that really give this entry's groups its rights: for each group and right it grants, the
 * first container granting that group (or `*`) that right. A container that grants other groups covers nothing.
 */
function givers(entry: AuthorizationEntry, containers: AuthorizationEntry[]): AuthorizationEntry[] {
  const found = new Set<AuthorizationEntry>();
  for (const r of RIGHTS) {
    for (const g of groupsOf(entry, r)) {
      const giver = containers.find((c) => grantsGroup(c, r, g));
      if (giver) found.add(giver);
    }
  }
  return containers.filter((c) => found.has(c));
}

/** The entries that together grant something: the first few named, the others counted (they are related places). */
const NAMED_IN_MESSAGE = 5;

function names(doc: ParsedDocument, entries: AuthorizationEntry[]): string {
  const described = entries.slice(0, NAMED_IN_MESSAGE).map((e) => describeEntry(doc, e));
  if (entries.length > NAMED_IN_MESSAGE) described.push(`${entries.length - NAMED_IN_MESSAGE} more entries`);
  return described.length > 1 ? `${described.slice(0, -1).join(', ')} and ${described[described.length - 1]} together` : described[0];
}

export const patternOverlap: Rule = {
  id: 'pattern-overlap',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'Entries that cannot do what they look like they do because broader entries already grant their rights (other overlaps as hints).',
  docs: {
    catches: 'Warnings: the same pattern twice (and, when both entries are alike and no entry of the other kind gives their groups those rights, the queue or topic entry that was probably meant), and an entry whose rights are already granted to the same groups by entries whose patterns contain it (the message names those entries, not a broader entry that grants other groups), or that leaves out a right which a containing entry grants to the same group (it looks like a restriction and is none). Hints: other overlaps, with the combined rights on an example destination.',
    runtime: 'DefaultAuthorizationMap unions the groups of every matching entry (plus defaultEntry); there is no "most specific wins" for authorization (that is policyEntry). So leaving `write` out of `mcollective.nodes` while `mcollective.>` grants `mcollective` write changes nothing. An entry on `topic=">"` granting `admins` makes a `topic="mcollective.>"` entry for `mcollective` redundant only if it grants `mcollective` too.',
    wrong: '<authorizationEntry topic="mcollective.>" read="mcollective" write="mcollective" admin="mcollective"/>\n<authorizationEntry topic="mcollective.nodes" read="mcollective" admin="mcollective"/>',
    right: '<authorizationEntry topic="mcollective.>" read="mcollective" admin="mcollective"/>\n<authorizationEntry topic="mcollective.*.agent" write="mcollective"/>',
    fix: 'Grant broad rights on broad patterns only to the groups that should have them everywhere, and add narrower entries for the rest; remove entries that add nothing. For a duplicate where the other kind was meant, the quick fix turns `topic=` into `queue=` (or back).',
  },
  check({ doc, analysis }) {
    const { model } = doc;
    const overlaps = analysis.overlaps();
    if (overlaps.size === 0) return [];
    const coverage = analysis.coverage();
    const findings: Finding[] = [];
    // The later entries of a group of identical patterns are reported once, in their group's finding.
    const repeated = new Set<number>();
    for (const group of identicalGroups(model.entries, overlaps)) {
      for (let i = 1; i < group.length; i++) repeated.add(group[i].id);
      findings.push(twinsFinding(doc, analysis, group));
    }
    for (const [id, overlap] of overlaps) {
      if (repeated.has(id)) continue;
      const entry = model.entries[id];
      const span = entry.destinationAttributes[0]?.valueSpan ?? entry.element.nameSpan;
      const cov = coverage.get(id);
      const containers = (cov?.coveringEntryIds ?? []).map((c) => model.entries[c]).filter(Boolean);
      if (cov && containers.length > 0) {
        const granted = RIGHTS.filter((r) => groupsOf(entry, r).length > 0);
        const covering = givers(entry, containers);
        const example = overlap.partners.find((p) => containers.some((c) => c.id === p.id))?.witness ?? entry.patterns[0]?.pattern.text;
        const mentioned = new Set(RIGHTS.flatMap((r) => groupsOf(entry, r)));
        const leftOut = RIGHTS.filter((r) => groupsOf(entry, r).length === 0)
          .map((r) => ({ r, groups: [...new Set(containers.flatMap((c) => groupsOf(c, r)))].filter((g) => mentioned.has(g) || g === '*') }))
          .filter((x) => x.groups.length > 0);
        if (leftOut.length > 0) {
          const { r, groups } = leftOut[0];
          const giver = containers.find((c) => groupsOf(c, r).some((g) => groups.includes(g)))!;
          const places = related([...new Set([giver, ...covering])]);
          findings.push({
            span,
            message: `Entries add up: ${describeEntry(doc, giver)} already grants \`${groups.join(', ')}\` ${r} on e.g. \`${example}\`, so leaving ${r} out here restricts nothing${granted.every((g) => cov.addsNothing[g]) ? ', and everything it does grant is granted there already' : ''}.${places.note}`,
            related: places.related,
          });
          continue;
        }
        // A group's right may come from defaultEntry rather than a container: then that is named.
        if (granted.length > 0 && granted.every((r) => cov.addsNothing[r])) {
          const fromDefault = granted.some((r) => groupsOf(entry, r).some((g) => !covering.some((c) => grantsGroup(c, r, g))));
          const who = covering.length === 0 ? 'the defaultEntry' : `${names(doc, covering)}${fromDefault ? ' with the defaultEntry' : ''}`;
          const places = related(covering);
          findings.push({
            span,
            message: `Entries add up: ${who} already ${covering.length > 1 || (fromDefault && covering.length > 0) ? 'grant' : 'grants'} every right this entry grants, to the same groups, on e.g. \`${example}\`, so this entry adds nothing.${places.note}`,
            related: places.related,
            unnecessary: true,
          });
          continue;
        }
      }
      const partners = overlap.partners.map((p) => model.entries[p.id]);
      const example = overlap.partners[0]?.witness ?? '';
      const more = overlap.more > 0 ? ` and ${overlap.more} more` : '';
      findings.push({
        span,
        severity: 'hint',
        message: `Overlaps ${partners.map((p) => `line ${lineOf(doc, p.element.nameSpan)}`).join(', ')}${more}; their rights add up on e.g. \`${example}\`: ${rightsSummary([entry, partners[0]])}.`,
        related: related(partners).related,
      });
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as OtherKindData | undefined;
    if (!data) return [];
    return [{ title: `Make this a ${data.kind} entry: ${data.kind}="${data.pattern}"`, edits: [{ span: data.nameSpan, newText: data.kind }], preferred: true }];
  },
};

// pattern-overlap: entries whose patterns share destinations in a way that matters. Entries add up: a narrower
// entry can only add groups, so one whose rights are already granted by entries containing it restricts nothing.
import { RIGHTS, type AuthorizationEntry, type RightName } from '../model/types';
import { describeEntry, entryLabel, lineOf } from './support/model';
import { missingOtherKind, type OtherKindData } from './support/otherKind';
import type { Finding, Fix, RelatedPlace, Rule } from './types';
import type { ParsedDocument } from '../model/parsedDocument';

function groupsOf(entry: AuthorizationEntry, right: RightName): string[] {
  return (entry.rights[right]?.items ?? []).map((t) => t.text).filter(Boolean);
}

function rightsSummary(entries: AuthorizationEntry[]): string {
  return RIGHTS.map((r) => `${r}: ${[...new Set(entries.flatMap((e) => groupsOf(e, r)))].sort().join(', ') || 'nobody'}`).join('; ');
}

/** The partners as related places; the editor shows each place's line, so the message does not repeat it. */
function related(entries: AuthorizationEntry[]): RelatedPlace[] {
  return entries.map((e) => ({ span: e.destinationAttributes[0]?.valueSpan ?? e.element.nameSpan, message: `overlapping entry ${entryLabel(e)}` }));
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

function names(doc: ParsedDocument, entries: AuthorizationEntry[]): string {
  const described = entries.map((e) => describeEntry(doc, e));
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
    for (const [id, overlap] of overlaps) {
      const entry = model.entries[id];
      const span = entry.destinationAttributes[0]?.valueSpan ?? entry.element.nameSpan;
      const identical = overlap.partners.filter((p) => p.relation === 'identical').map((p) => model.entries[p.id]);
      const earlierTwin = identical.find((e) => e.id < id);
      if (earlierTwin) {
        const missing = missingOtherKind(doc, analysis, entry, earlierTwin);
        findings.push({
          span,
          message: `The same destinations as ${describeEntry(doc, earlierTwin)}: ActiveMQ merges both entries, so together they grant ${rightsSummary([entry, ...identical])}.${missing ? ` ${missing.message}` : ''}`,
          related: related(identical),
          data: missing?.data,
        });
        continue;
      }
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
          findings.push({
            span,
            message: `Entries add up: ${describeEntry(doc, giver)} already grants \`${groups.join(', ')}\` ${r} on e.g. \`${example}\`, so leaving ${r} out here restricts nothing${granted.every((g) => cov.addsNothing[g]) ? ', and everything it does grant is granted there already' : ''}.`,
            related: related([...new Set([giver, ...covering])]),
          });
          continue;
        }
        // A group's right may come from defaultEntry rather than a container: then that is named.
        if (granted.length > 0 && granted.every((r) => cov.addsNothing[r])) {
          const fromDefault = granted.some((r) => groupsOf(entry, r).some((g) => !covering.some((c) => grantsGroup(c, r, g))));
          const who = covering.length === 0 ? 'the defaultEntry' : `${names(doc, covering)}${fromDefault ? ' with the defaultEntry' : ''}`;
          findings.push({
            span,
            message: `Entries add up: ${who} already ${covering.length > 1 || (fromDefault && covering.length > 0) ? 'grant' : 'grants'} every right this entry grants, to the same groups, on e.g. \`${example}\`, so this entry adds nothing.`,
            related: related(covering),
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
        related: related(partners),
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

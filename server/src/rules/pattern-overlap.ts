// pattern-overlap: entries whose patterns share destinations in a way that matters. Entries add up: a narrower
// entry can only add groups, so one whose rights are already granted by entries containing it restricts nothing.
import { RIGHTS, type AuthorizationEntry, type RightName, type SecurityModel } from '../model/types';
import { describeEntry, entryLabel, lineOf } from './support/model';
import { missingOtherKind, type OtherKindData } from './support/otherKind';
import { capRelated, MAX_RELATED } from './support/related';
import { identicalGroups } from './support/twins';
import { flatString } from '../text/flatString';
import type { Coverage, OverlapFinding as OverlapResult } from '../destinations';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, RelatedPlace, Rule, RuleContext, Severity } from './types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Analysis } from '../base/analysis';

const NONE: readonly string[] = [];

/** The groups an entry grants a right to, blank names left out (they grant nothing anyone holds). */
function groupsOf(entry: AuthorizationEntry, right: RightName): readonly string[] {
  const names = entry.rights[right]?.names ?? NONE;
  return names.includes('') ? names.filter(Boolean) : names;
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
 * A finding whose related places (the partners, at most MAX_RELATED; the editor shows each place's line, so the
 * message does not repeat it) are built when read: the CLI's text report never reads them, and a large map has a
 * finding per entry. Its span is read from its entry when asked, so that a finding kept for the next version whose
 * parse takes the model over (modelAfterValueEdit) is still right where the edit moved its entry.
 */
class OverlapFinding implements Finding {
  readonly message: string;

  constructor(
    private readonly entry: AuthorizationEntry,
    message: string,
    private readonly partners: AuthorizationEntry[],
    readonly severity?: Severity,
    readonly unnecessary?: boolean,
    readonly data?: OtherKindData,
  ) {
    this.message = flatString(message);
  }

  get span(): Span {
    return findingSpan(this.entry);
  }

  /**
   * This finding in a later version whose analysis found that nothing it reads changed: itself when the version's
   * model holds the same entries (the model was taken over), else the same finding about that model's entries.
   * (Only entries' own findings are kept, and they carry no data.)
   */
  in(model: SecurityModel): OverlapFinding {
    const same = (e: AuthorizationEntry) => model.entries[e.id] === e;
    if (same(this.entry) && this.partners.every(same)) return this;
    return new OverlapFinding(model.entries[this.entry.id], this.message, this.partners.map((p) => model.entries[p.id]), this.severity, this.unnecessary);
  }

  private places: RelatedPlace[] | undefined;

  // Made once: a finding kept from version to version is asked for them on each (toDiagnostic checks they stayed).
  get related(): RelatedPlace[] {
    return (this.places ??= capRelated(this.partners.slice(0, MAX_RELATED).map(partnerPlace), this.partners.length).related);
  }
}

/** Where an entry's finding (or its place as a partner) is: its destination value, else its name. */
function findingSpan(entry: AuthorizationEntry): Span {
  return entry.destinationAttributes[0]?.valueSpan ?? entry.element.nameSpan;
}

/**
 * The related place of an entry as a partner, one per entry: the broad entries are the partners of thousands, and one
 * place (one message string) serves them all. Its span is read from the entry when asked: an entry outlives its
 * version when the next one's parse takes the model over (modelAfterValueEdit), and the offsets move.
 */
class PartnerPlace implements RelatedPlace {
  readonly message: string;

  constructor(private readonly entry: AuthorizationEntry) {
    this.message = `overlapping entry ${entryLabel(entry)}`;
  }

  get span(): Span {
    return findingSpan(this.entry);
  }
}

const partnerPlaces = new WeakMap<AuthorizationEntry, RelatedPlace>();

function partnerPlace(entry: AuthorizationEntry): RelatedPlace {
  let place = partnerPlaces.get(entry);
  if (!place) partnerPlaces.set(entry, (place = new PartnerPlace(entry)));
  return place;
}

/** The sentence saying how many partners are not among the related places ('' when all are). */
function unlisted(partners: AuthorizationEntry[]): string {
  return capRelated([], partners.length).note;
}

/**
 * One finding for a group of entries with identical patterns, on its second entry (the repetition; the first keeps
 * its own findings): the first named, the others as related places.
 */
function twinsFinding(doc: ParsedDocument, analysis: Analysis, group: AuthorizationEntry[]): Finding {
  const [first, entry] = group;
  const others = group.length - 2;
  const missing = missingOtherKind(doc, analysis, entry, first);
  const partners = [first, ...group.slice(2)];
  const who = others === 0 ? 'both entries' : `all ${group.length} entries`;
  const more = others === 0 ? '' : ` and ${others} more ${others === 1 ? 'entry' : 'entries'}`;
  const message = `The same destinations as ${describeEntry(doc, first)}${more}: ActiveMQ merges ${who}, so together they grant ${rightsSummary(group)}.${unlisted(partners)}${missing ? ` ${missing.message}` : ''}`;
  return new OverlapFinding(entry, message, partners, undefined, undefined, missing?.data);
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
    autofix: false,
  },
  check: (context) => overlapFindings(context),
  fixes(finding): Fix[] {
    const data = finding.data as OtherKindData | undefined;
    if (!data) return [];
    return [{ title: `Make this a ${data.kind} entry: ${data.kind}="${data.pattern}"`, edits: [{ span: data.nameSpan, newText: data.kind }], preferred: true }];
  },
};

/**
 * The warning for an entry that broader entries (`containers`) make pointless: one that leaves out a right a container
 * grants its groups, or one whose every right is granted already. Undefined when neither holds.
 */
function coveredFinding(doc: ParsedDocument, entry: AuthorizationEntry, overlap: OverlapResult, cov: Coverage, containers: AuthorizationEntry[]): OverlapFinding | undefined {
  const granted = RIGHTS.filter((r) => groupsOf(entry, r).length > 0);
  const covering = givers(entry, containers);
  const example = overlap.partners.find((p) => containers.some((c) => c.id === p.id))?.witness ?? entry.patterns[0]?.pattern.text;
  const leftOut = firstLeftOut(entry, containers);
  if (leftOut) {
    const { right, groups } = leftOut;
    const giver = containers.find((c) => groupsOf(c, right).some((g) => groups.includes(g)))!;
    const partners = [...new Set([giver, ...covering])];
    const message = `Entries add up: ${describeEntry(doc, giver)} already grants \`${groups.join(', ')}\` ${right} on e.g. \`${example}\`, so ` +
      `leaving ${right} out here restricts nothing${granted.every((g) => cov.addsNothing[g]) ? ', and everything it does grant is granted there already' : ''}.${unlisted(partners)}`;
    return new OverlapFinding(entry, message, partners);
  }
  // A group's right may come from defaultEntry rather than a container: then that is named.
  if (granted.length === 0 || !granted.every((r) => cov.addsNothing[r])) return undefined;
  const fromDefault = granted.some((r) => groupsOf(entry, r).some((g) => !covering.some((c) => grantsGroup(c, r, g))));
  const who = covering.length === 0 ? 'the defaultEntry' : `${names(doc, covering)}${fromDefault ? ' with the defaultEntry' : ''}`;
  const message = `Entries add up: ${who} already ${covering.length > 1 || (fromDefault && covering.length > 0) ? 'grant' : 'grants'} every right ` +
    `this entry grants, to the same groups, on e.g. \`${example}\`, so this entry adds nothing.${unlisted(covering)}`;
  return new OverlapFinding(entry, message, covering, undefined, true);
}

/**
 * The first right this entry leaves out although a container grants it to one of the entry's own groups (or to `*`),
 * with those groups in the order the containers name them.
 */
function firstLeftOut(entry: AuthorizationEntry, containers: AuthorizationEntry[]): { right: RightName; groups: string[] } | undefined {
  const mentioned = (g: string) => RIGHTS.some((r) => groupsOf(entry, r).includes(g));
  for (const right of RIGHTS) {
    if (groupsOf(entry, right).length > 0) continue;
    const groups: string[] = [];
    for (const container of containers) {
      for (const g of groupsOf(container, right)) if ((g === '*' || mentioned(g)) && !groups.includes(g)) groups.push(g);
    }
    if (groups.length > 0) return { right, groups };
  }
  return undefined;
}

/** By entry id, its finding (null: none), as the next version may take it over (OverlapFinding.in). */
type KeptFindings = (OverlapFinding | null | undefined)[];

/** The finding of one entry that is not the repetition of another (twins are reported by twinsFinding). */
function entryFinding(doc: ParsedDocument, entry: AuthorizationEntry, overlap: OverlapResult, cov: Coverage | undefined): OverlapFinding | undefined {
  const { model } = doc;
  const containers = cov ? cov.coveringEntryIds.map((c) => model.entries[c]).filter(Boolean) : [];
  if (cov && containers.length > 0) {
    const covered = coveredFinding(doc, entry, overlap, cov, containers);
    if (covered) return covered;
  }
  const partners = overlap.partners.map((p) => model.entries[p.id]);
  const example = overlap.partners[0]?.witness ?? '';
  const more = overlap.more > 0 ? ` and ${overlap.more} more` : '';
  const message = `Overlaps ${partners.map((p) => `line ${lineOf(doc, p.element.nameSpan)}`).join(', ')}${more}; their rights add up on e.g. \`${example}\`: ${rightsSummary([entry, partners[0]])}.`;
  return new OverlapFinding(entry, message, partners, 'hint');
}

/**
 * Whether an entry's finding may read one of the changed entries: its own rights, its partners' lines and rights,
 * and the rights of the entries containing it.
 */
function readsChanged(analysis: Analysis, id: number, overlap: OverlapResult, changed: ReadonlySet<number>): boolean {
  if (changed.size === 0) return false;
  if (changed.has(id) || overlap.partners.some((p) => changed.has(p.id))) return true;
  return analysis.containersOf(id).some((ids) => ids.some((c) => changed.has(c)));
}

function overlapFindings({ doc, analysis }: RuleContext): Finding[] {
  const { model } = doc;
  const overlaps = analysis.overlaps();
  if (overlaps.size === 0) return [];
  const findings: Finding[] = [];
  // The later entries of a group of identical patterns are reported once, in their group's finding.
  const repeated = new Set<number>();
  for (const group of identicalGroups(model.entries, overlaps, analysis.samePatterns())) {
    for (let i = 1; i < group.length; i++) repeated.add(group[i].id);
    findings.push(twinsFinding(doc, analysis, group));
  }
  // After an edit of some entries' attributes, the findings that read none of them are the previous version's.
  const previous = analysis.kept<KeptFindings>(patternOverlap.id);
  // The CLI's analysis has no next version: nothing is kept for it.
  const kept: KeptFindings | undefined = analysis.keepsForNextVersion() ? [] : undefined;
  for (const [id, overlap] of overlaps) {
    if (repeated.has(id)) continue;
    const before = previous && !readsChanged(analysis, id, overlap, previous.changedEntries) ? previous.value[id] : undefined;
    if (before !== undefined) {
      const same = before && before.in(model);
      if (kept) kept[id] = same;
      if (same) findings.push(same);
      continue;
    }
    // Coverage is computed when the first finding not taken over needs it (a keystroke's few may need none).
    const finding = entryFinding(doc, model.entries[id], overlap, analysis.coverage().get(id));
    if (kept) kept[id] = finding ?? null;
    if (finding) findings.push(finding);
  }
  if (kept) analysis.keep(patternOverlap.id, kept);
  return findings;
}

// Analyses that several rules and features share, computed at most once per parse and only when asked for.
import {
  analyseOverlaps,
  Containment,
  coverageAll,
  PatternIndex,
  samePatterns,
  type MapEntryInput,
  type OverlapFinding,
  type SecurityInput,
} from '../destinations';
import type { ParsedDocument } from '../model/parsedDocument';
import { jaasUsers } from '../rules/support/groups';
import { effectiveUsers } from '../rules/support/model';
import { NO_FILES, type FileAccess } from '../base/files';
import type { AuthorizationEntry, AuthorizationMap } from '../model/types';
import type { ResolvedSettings } from '../base/settings';
import type { Analysis } from '../base/analysis';
import { lazy } from '../base/lazy';
import { changedEntries, snapshotOf, type EntrySnapshot } from './sincePrevious';

const NONE: readonly string[] = [];

/**
 * Each entry's engine form, made once per entry: an entry outlives its version when the next version's parse takes
 * the model over (modelAfterValueEdit), and an unchanged entry then keeps the same input (which changedEntries and
 * samePatterns see at a glance).
 */
const inputOfEntry = new WeakMap<AuthorizationEntry, MapEntryInput>();

export function entryInput(entry: AuthorizationEntry): MapEntryInput {
  let input = inputOfEntry.get(entry);
  if (!input) {
    const { read, write, admin } = entry.rights;
    input = { id: entry.id, patterns: entry.patterns.map((p) => p.pattern), read: read?.names ?? NONE, write: write?.names ?? NONE, admin: admin?.names ?? NONE };
    inputOfEntry.set(entry, input);
  }
  return input;
}

/**
 * What depends on a map's patterns alone (not on its rights): the index, the overlaps, the identical patterns, which
 * entries contain which.
 */
interface MapPatterns {
  entries: MapEntryInput[];
  index: PatternIndex;
  overlaps: () => OverlapFinding[];
  /** The same by entry id (a version that shares the overlaps shares this too: 10,000 of them are not indexed again). */
  overlapsById: () => Map<number, OverlapFinding>;
  samePatterns: () => number[][];
  containment: () => Containment;
}

/** One authorization map in the engine's form, with the pattern analyses that overlaps and coverage share. */
interface MapAnalysis extends MapPatterns {
  map: AuthorizationMap;
}

/**
 * What the analyses of one version of a document leave for the next: the pattern analyses of each map (an edit of
 * the rights, or of anything but the patterns, leaves them as they were, so the next version shares them instead of
 * indexing and comparing every pattern again), and what rules keep of their findings (Analysis.kept).
 */
export class DocumentMemory {
  maps: MapPatterns[] = [];
  readonly rules = new Map<string, { snapshot: EntrySnapshot; value: unknown }>();
  /** Rules' findings by element, by the parse they were made for; only where a next parse takes the tree over. */
  readonly perElement = new Map<string, { serial: number; value: unknown }>();

  /** `takesTreesOver`: the service's next parse may take this document's tree over (ServiceOptions.readsLatestParseOnly). */
  constructor(readonly takesTreesOver = false) {}
}

function mapPatterns(entries: MapEntryInput[], before: MapPatterns | undefined): MapPatterns {
  if (before && samePatterns(before.entries, entries)) return { ...before, entries, index: before.index.rebound(entries) };
  const index = PatternIndex.of(entries);
  const overlaps = lazy(() => analyseOverlaps(entries, undefined, index));
  return {
    entries,
    index,
    overlaps,
    overlapsById: lazy(() => new Map(overlaps().map((finding) => [finding.id, finding]))),
    samePatterns: lazy(() => index.samePatternGroups().map((group) => group.map((e) => e.id))),
    containment: lazy(() => new Containment(entries, index)),
  };
}

export function createAnalysis(doc: ParsedDocument, settings: ResolvedSettings, files: FileAccess = NO_FILES, memory?: DocumentMemory): Analysis {
  const model = doc.model;
  // Every entry in the engine's form once, by id (ids are positions in model.entries).
  const inputs = lazy(() => model.entries.map(entryInput));
  let shared = 0;
  const maps = lazy((): MapAnalysis[] => {
    const before = memory?.maps ?? [];
    const analysed = model.authorization.flatMap((plugin) => (plugin.map ? [plugin.map] : [])).map((map, i): MapAnalysis => {
      const entries = map.entries.filter((e) => e.patterns.length > 0).map((e) => inputs()[e.id]);
      return { map, ...mapPatterns(entries, before[i]) };
    });
    shared = analysed.filter((m, i) => before[i]?.overlaps === m.overlaps).length;
    if (memory) memory.maps = analysed.map(({ map: _map, ...patterns }) => patterns);
    return analysed;
  });
  const securityInput = lazy((): SecurityInput => {
    const first = maps()[0];
    const rights = (entry: AuthorizationEntry | undefined) => (entry ? inputs()[entry.id] : undefined);
    const simple = model.simpleAuthentication[0];
    return {
      map: { entries: first?.entries ?? [], defaultEntry: rights(first?.map.defaultEntry), tempEntry: rights(first?.map.tempEntry), index: first?.index },
      // The users ActiveMQ keeps (the last of a duplicated name); with JAAS alone, those of its properties files.
      users: simple
        ? effectiveUsers(model).map((u) => ({ name: u.username!.text, groups: (u.groups?.names ?? []) }))
        : (jaasUsers(doc, files) ?? []),
      anonymous: simple ? { allowed: simple.anonymousAccessAllowed, group: simple.anonymousGroup } : undefined,
    };
  });
  return {
    overlaps: lazy(() => {
      // Within each map: entries of different maps never add up (each plugin checks its own).
      const all = maps();
      if (all.length === 1) return all[0].overlapsById();
      const byId = new Map<number, OverlapFinding>();
      for (const map of all) for (const [id, finding] of map.overlapsById()) byId.set(id, finding);
      return byId;
    }),
    samePatterns: lazy(() => maps().flatMap((map) => map.samePatterns())),
    coverage: lazy(() => {
      const first = maps()[0];
      return coverageAll(securityInput().map, first?.index, first?.containment());
    }),
    securityInput,
    brokerVersion: lazy(() => {
      if (model.schemaVersion) return { version: model.schemaVersion, source: 'schemaLocation' };
      if (settings.brokerVersion) return { version: settings.brokerVersion, source: 'setting' };
      return undefined;
    }),
    hasEntryMap: () => model.authorization.some((a) => a.map !== undefined),
    sharedPatternMaps: () => {
      maps();
      return shared;
    },
    containersOf: (entryId) => maps()[0]?.containment().of(entryId) ?? [],
    kept<T>(ruleId: string) {
      const kept = memory?.rules.get(ruleId);
      const changed = kept && changedEntries(kept.snapshot, doc, inputs());
      return changed ? { value: kept.value as T, changedEntries: changed } : undefined;
    },
    keep(ruleId, value) {
      const snapshot = memory && snapshotOf(doc, inputs());
      if (snapshot) memory.rules.set(ruleId, { snapshot, value });
      else memory?.rules.delete(ruleId);
    },
    keepsForNextVersion: () => memory !== undefined && !doc.template,
    keptPerElement<T>(ruleId: string) {
      const kept = memory?.perElement.get(ruleId);
      return kept && doc.tookOver?.after === kept.serial ? { value: kept.value as T, edited: doc.tookOver.element } : undefined;
    },
    keepPerElement(ruleId, value) {
      if (memory?.takesTreesOver && !doc.template) memory.perElement.set(ruleId, { serial: doc.serial, value });
    },
  };
}

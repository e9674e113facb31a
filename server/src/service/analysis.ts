// Analyses that several rules and features share, computed at most once per parse and only when asked for.
import {
  analyseOverlaps,
  coverageAll,
  PatternIndex,
  type MapEntryInput,
  type OverlapFinding,
  type SecurityInput,
} from '../destinations';
import type { ParsedDocument } from '../model/parsedDocument';
import { jaasUsers } from '../rules/support/groups';
import { effectiveUsers } from '../rules/support/model';
import { NO_FILES, type FileAccess } from './files';
import type { AuthorizationEntry, AuthorizationMap, BrokerVersion } from '../model/types';
import type { ResolvedSettings } from './settings';

export interface Analysis {
  /** The overlap findings of the regular entries, by entry id. */
  overlaps(): Map<number, OverlapFinding>;
  /** Groups of entry ids (two or more, in document order) with one pattern each, the same in each group, per map. */
  samePatterns(): number[][];
  /** For each regular entry: which other entries contain it, and per right whether it adds nothing. */
  coverage(): ReturnType<typeof coverageAll>;
  /** The users, groups and entries in the form the permission engine takes. */
  securityInput(): SecurityInput;
  /** The broker version from xsi:schemaLocation, else from the settings. */
  brokerVersion(): BrokerVersion | undefined;
  /** Whether authorization is configured with an entry map this file shows. */
  hasEntryMap(): boolean;
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function entryInput(entry: AuthorizationEntry): MapEntryInput {
  const names = (right: 'read' | 'write' | 'admin') => (entry.rights[right]?.items ?? []).map((t) => t.text);
  return { id: entry.id, patterns: entry.patterns.map((p) => p.pattern), read: names('read'), write: names('write'), admin: names('admin') };
}

/** One authorization map in the engine's form, with the pattern index that overlaps and coverage share. */
interface MapAnalysis {
  map: AuthorizationMap;
  entries: MapEntryInput[];
  index: PatternIndex;
}

export function createAnalysis(doc: ParsedDocument, settings: ResolvedSettings, files: FileAccess = NO_FILES): Analysis {
  const model = doc.model;
  // Every entry in the engine's form once, by id (ids are positions in model.entries).
  const inputs = lazy(() => model.entries.map(entryInput));
  const maps = lazy((): MapAnalysis[] =>
    model.authorization.flatMap((plugin) => {
      if (!plugin.map) return [];
      const entries = plugin.map.entries.filter((e) => e.patterns.length > 0).map((e) => inputs()[e.id]);
      return [{ map: plugin.map, entries, index: PatternIndex.of(entries) }];
    }),
  );
  const securityInput = lazy((): SecurityInput => {
    const first = maps()[0];
    const rights = (entry: AuthorizationEntry | undefined) => (entry ? inputs()[entry.id] : undefined);
    const simple = model.simpleAuthentication[0];
    return {
      map: { entries: first?.entries ?? [], defaultEntry: rights(first?.map.defaultEntry), tempEntry: rights(first?.map.tempEntry), index: first?.index },
      // The users ActiveMQ keeps (the last of a duplicated name); with JAAS alone, those of its properties files.
      users: simple
        ? effectiveUsers(model).map((u) => ({ name: u.username!.text, groups: (u.groups?.items ?? []).map((t) => t.text) }))
        : (jaasUsers(doc, files) ?? []),
      anonymous: simple ? { allowed: simple.anonymousAccessAllowed, group: simple.anonymousGroup } : undefined,
    };
  });
  return {
    overlaps: lazy(() => {
      // Within each map: entries of different maps never add up (each plugin checks its own).
      const byId = new Map<number, OverlapFinding>();
      for (const { entries, index } of maps()) for (const finding of analyseOverlaps(entries, undefined, index)) byId.set(finding.id, finding);
      return byId;
    }),
    samePatterns: lazy(() => maps().flatMap(({ index }) => index.samePatternGroups().map((group) => group.map((e) => e.id)))),
    coverage: lazy(() => coverageAll(securityInput().map, maps()[0]?.index)),
    securityInput,
    brokerVersion: lazy(() => {
      if (model.schemaVersion) return { version: model.schemaVersion, source: 'schemaLocation' };
      if (settings.brokerVersion) return { version: settings.brokerVersion, source: 'setting' };
      return undefined;
    }),
    hasEntryMap: () => model.authorization.some((a) => a.map !== undefined),
  };
}

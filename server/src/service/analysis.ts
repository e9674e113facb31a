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
import { NO_FILES, type FileAccess } from '../base/files';
import type { AuthorizationEntry, AuthorizationMap } from '../model/types';
import type { ResolvedSettings } from '../base/settings';
import type { Analysis } from '../base/analysis';
import { lazy } from '../base/lazy';

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

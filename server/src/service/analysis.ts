// Analyses that several rules and features share, computed at most once per parse and only when asked for.
import {
  analyseOverlaps,
  coverageAll,
  type MapEntryInput,
  type OverlapFinding,
  type SecurityInput,
} from '../destinations';
import type { ParsedDocument } from '../model/parsedDocument';
import type { AuthorizationEntry, BrokerVersion } from '../model/types';
import type { ResolvedSettings } from './settings';

export interface Analysis {
  /** The overlap findings of the regular entries, by entry id. */
  overlaps(): Map<number, OverlapFinding>;
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

export function createAnalysis(doc: ParsedDocument, settings: ResolvedSettings): Analysis {
  const model = doc.model;
  const regularEntries = lazy(() => model.entries.filter((e) => e.role === 'entry' && e.patterns.length > 0));
  const securityInput = lazy((): SecurityInput => {
    const map = model.authorization.find((a) => a.map)?.map;
    const rights = (entry: AuthorizationEntry | undefined) => (entry ? entryInput(entry) : undefined);
    const simple = model.simpleAuthentication[0];
    return {
      map: {
        entries: (map?.entries ?? []).filter((e) => e.patterns.length > 0).map(entryInput),
        defaultEntry: rights(map?.defaultEntry),
        tempEntry: rights(map?.tempEntry),
      },
      users: model.users
        .filter((u) => u.username !== undefined)
        .map((u) => ({ name: u.username!.text, groups: (u.groups?.items ?? []).map((t) => t.text) })),
      anonymous: simple ? { allowed: simple.anonymousAccessAllowed, group: simple.anonymousGroup } : undefined,
    };
  });
  return {
    overlaps: lazy(() => {
      const byId = new Map<number, OverlapFinding>();
      for (const finding of analyseOverlaps(regularEntries().map(entryInput))) byId.set(finding.id, finding);
      return byId;
    }),
    coverage: lazy(() => coverageAll(securityInput().map)),
    securityInput,
    brokerVersion: lazy(() => {
      if (model.schemaVersion) return { version: model.schemaVersion, source: 'schemaLocation' };
      if (settings.brokerVersion) return { version: settings.brokerVersion, source: 'setting' };
      return undefined;
    }),
    hasEntryMap: () => model.authorization.some((a) => a.map !== undefined),
  };
}

// The shared analyses a rule may ask for (service/analysis.ts computes them lazily, once per parse).
import type { coverageAll, OverlapFinding, SecurityInput } from '../destinations';
import type { BrokerVersion } from '../model/types';
import type { XmlElement } from '../parser/xmlTree';

export interface Analysis {
  /** The overlap findings of the regular entries, by entry id. */
  overlaps(): Map<number, OverlapFinding>;
  /** Groups of entry ids (two or more, in document order) with one pattern each, the same in each group, per map. */
  samePatterns(): number[][];
  /** For each regular entry: which other entries contain it, and per right whether it adds nothing (when asked). */
  coverage(): ReturnType<typeof coverageAll>;
  /** The users, groups and entries in the form the permission engine takes. */
  securityInput(): SecurityInput;
  /** The broker version from xsi:schemaLocation, else from the settings. */
  brokerVersion(): BrokerVersion | undefined;
  /** Whether authorization is configured with an entry map this file shows. */
  hasEntryMap(): boolean;
  /** How many entry maps share their pattern analyses with the document's previous version (nothing re-indexed). */
  sharedPatternMaps(): number;
  /** Per pattern of an entry of the first map, the ids of the entries with a pattern containing it (itself too). */
  containersOf(entryId: number): readonly number[][];
  /**
   * What a rule kept (keep) for an earlier version of this document, and the entries changed since (their element
   * edited, or their rights); undefined when there is nothing, or when more than some entries' attributes changed.
   */
  kept<T>(ruleId: string): { value: T; changedEntries: ReadonlySet<number> } | undefined;
  /** Keeps a rule's value for the document's next version. */
  keep(ruleId: string, value: unknown): void;
  /** Whether keep reaches a next version (an editor's document): else a rule need not make what it would keep. */
  keepsForNextVersion(): boolean;
  /**
   * What a rule kept (keepPerElement) for the parse whose tree this one took over (ParsedDocument.tookOver), and the
   * element whose attribute value was edited since: a finding that reads one element alone still holds for every
   * other. Undefined otherwise (then the rule looks at every element).
   */
  keptPerElement<T>(ruleId: string): { value: T; edited: XmlElement } | undefined;
  /** Keeps a rule's findings by element for a next version that takes this one's tree over (the validation worker's). */
  keepPerElement(ruleId: string, value: unknown): void;
}

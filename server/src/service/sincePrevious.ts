// Which authorization entries changed between two versions of a document, for a rule that keeps its findings from
// one version to the next (Analysis.kept / keep): only when nothing but the attributes of some entries changed.
// Anything else (a pattern, a line break, an entry added or removed, a defaultEntry, a template) makes the versions
// not comparable, and the rule computes everything again.
import { samePatterns, type MapEntryInput } from '../destinations';
import { entryOfElement } from '../model/elementOwners';
import type { ParsedDocument } from '../model/parsedDocument';
import type { XmlElement } from '../parser/xmlTree';
import { changedRegion, mayMoveLines } from '../text/changedRegion';

/** What a version leaves to compare the next one with. */
export interface EntrySnapshot {
  /** The parse it was made of (ParsedDocument.serial). */
  serial: number;
  text: string;
  roles: string;
  inputs: MapEntryInput[];
  /** Where each entry's element starts, by id. */
  starts: Float64Array;
}

export function snapshotOf(doc: ParsedDocument, inputs: MapEntryInput[]): EntrySnapshot | undefined {
  if (doc.template) return undefined;
  const { entries } = doc.model;
  const starts = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) starts[i] = entries[i].element.span.start;
  return { serial: doc.serial, text: doc.text, roles: rolesOf(doc), inputs, starts };
}

function rolesOf(doc: ParsedDocument): string {
  return doc.model.entries.map((e) => e.role[0]).join('');
}

/**
 * The ids of the entries whose element the edit touched or whose rights differ; undefined when not comparable (other
 * entries, or other elements, or an edit of more than attributes).
 */
export function changedEntries(before: EntrySnapshot, doc: ParsedDocument, inputs: MapEntryInput[]): Set<number> | undefined {
  if (doc.tookOver?.after === before.serial) return changedInTakenOverTree(before, doc, doc.tookOver.element, inputs);
  if (doc.template || before.inputs.length !== inputs.length || before.roles !== rolesOf(doc) || !samePatterns(before.inputs, inputs)) return undefined;
  const region = changedRegion(before.text, doc.text);
  // Line numbers appear in messages: an edit that may add or remove a line break is not an edit of attributes alone.
  if (mayMoveLines(before.text, doc.text, region)) return undefined;
  const { start, oldEnd, newEnd } = region;
  const changed = new Set<number>();
  const delta = newEnd - oldEnd;
  for (const entry of doc.model.entries) {
    const { span } = entry.element;
    // The same entry is the same element, where the edit left it: an edit elsewhere (a broker's namespace) can make
    // another map, with the same patterns and rights but on other lines, the one analysed.
    const was = before.starts[entry.id];
    if (span.start !== (was < start ? was : was >= oldEnd ? was + delta : span.start)) return undefined;
    const touched = start <= span.end && newEnd >= span.start;
    if (touched || !sameRights(before.inputs[entry.id], inputs[entry.id])) {
      // defaultEntry and the temporary entry reach every other entry's analysis.
      if (entry.role !== 'entry') return undefined;
      changed.add(entry.id);
    }
  }
  return changed;
}

/**
 * The same for a parse that took the snapshot's tree over (ParsedDocument.tookOver): the texts differ inside one
 * attribute value of `element` and every element is where the edit left it, so only the entry of that element (if it
 * is one) can have changed, as the comparison below would find.
 */
function changedInTakenOverTree(before: EntrySnapshot, doc: ParsedDocument, element: XmlElement, inputs: MapEntryInput[]): Set<number> | undefined {
  // Line numbers appear in messages: a line break typed into the value is not an edit of attributes alone.
  if (doc.sameLinesSince?.after !== before.serial) return undefined;
  const entry = entryOfElement(doc.model, element);
  if (!entry) return new Set();
  if (entry.role !== 'entry' || !samePatterns([before.inputs[entry.id]], [inputs[entry.id]])) return undefined;
  return new Set([entry.id]);
}

function sameRights(a: MapEntryInput, b: MapEntryInput): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((g, i) => g === y[i]);
  return a === b || (same(a.read, b.read) && same(a.write, b.write) && same(a.admin, b.admin));
}

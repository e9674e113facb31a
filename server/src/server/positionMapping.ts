// Positions between two versions of a document: the version a context was built for and the version the editor
// holds now. The two texts share a prefix and a suffix; what lies between is the edited region. A position outside
// it maps exactly; one inside it has no counterpart, and an answer that needs it falls back to the cheap answer.
import type { Position, Range } from 'vscode-languageserver/node';
import { changedRegion } from '../service/languageService';

export interface Lines {
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

export class TextMapping {
  private readonly prefix: number;
  private readonly oldSuffixStart: number;
  private readonly newSuffixStart: number;

  constructor(oldText: string, newText: string) {
    const region = changedRegion(oldText, newText);
    this.prefix = region.start;
    this.oldSuffixStart = region.oldEnd;
    this.newSuffixStart = region.newEnd;
  }

  /** The old offset of a new one; undefined inside the edited region. */
  toOld(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    if (offset >= this.newSuffixStart) return offset - this.newSuffixStart + this.oldSuffixStart;
    return undefined;
  }

  /**
   * The new offset of an old one; undefined inside the edited region. At a pure insertion the old offset is both
   * the prefix's end and the suffix's start: a range's start stays before the inserted text, its end moves after it
   * (a completion's word then covers the characters typed since).
   */
  toNew(offset: number, end = false): number | undefined {
    if (offset < this.prefix || (offset === this.prefix && !(end && this.oldSuffixStart === this.prefix))) return offset;
    if (offset >= this.oldSuffixStart) return offset - this.oldSuffixStart + this.newSuffixStart;
    return undefined;
  }
}

const UNMAPPABLE = Symbol('unmappable');

function isPosition(value: object): value is Position {
  const p = value as Position;
  return typeof p.line === 'number' && typeof p.character === 'number' && Object.keys(value).length === 2;
}

function isRange(value: object): value is Range {
  const r = value as Range;
  return typeof r.start === 'object' && r.start !== null && isPosition(r.start) && typeof r.end === 'object' && r.end !== null && isPosition(r.end);
}

interface Direction {
  position(position: Position, end: boolean): Position | undefined;
  /** Ranges of another document are left as they are. */
  uri: string;
}

function mapDeep(value: unknown, direction: Direction, topLevel: boolean): unknown {
  if (Array.isArray(value)) {
    const mapped: unknown[] = [];
    for (const item of value) {
      const m = mapDeep(item, direction, false);
      // A top-level list (symbols, completions, actions) loses the item that touches the edit; anything nested (an
      // action's edits, a symbol's children) is all or nothing, so no answer is ever half mapped.
      if (m === UNMAPPABLE) {
        if (topLevel) continue;
        return UNMAPPABLE;
      }
      mapped.push(m);
    }
    return mapped;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (isPosition(value)) return direction.position(value, false) ?? UNMAPPABLE;
  if (isRange(value)) {
    const start = direction.position(value.start, false);
    const end = direction.position(value.end, true);
    return start && end ? { start, end } : UNMAPPABLE;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.uri === 'string' && record.uri !== direction.uri) return value;
  const mapped: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    const m = mapDeep(item, direction, false);
    if (m === UNMAPPABLE) return UNMAPPABLE;
    mapped[key] = m;
  }
  return mapped;
}

/** A request's positions and ranges moved from the new version to the old one; undefined if one is in the edit. */
export function toOldVersion<T>(value: T, mapping: TextMapping, oldLines: Lines, newLines: Lines, uri: string): T | undefined {
  const mapped = mapDeep(value, {
    uri,
    position: (p) => {
      const offset = mapping.toOld(newLines.offsetAt(p));
      return offset === undefined ? undefined : oldLines.positionAt(offset);
    },
  }, false);
  return mapped === UNMAPPABLE ? undefined : (mapped as T);
}

/** An answer's ranges moved from the old version to the new one; list items in the edit are left out. */
export function toNewVersion<T>(value: T, mapping: TextMapping, oldLines: Lines, newLines: Lines, uri: string): T | undefined {
  const mapped = mapDeep(value, {
    uri,
    position: (p, end) => {
      const offset = mapping.toNew(oldLines.offsetAt(p), end);
      return offset === undefined ? undefined : newLines.positionAt(offset);
    },
  }, true);
  return mapped === UNMAPPABLE ? undefined : (mapped as T);
}

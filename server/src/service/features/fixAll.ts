// Fix all: the fixes marked `autofix` (rules/types.ts) for every reported problem, as one set of edits that do
// not overlap. The editor applies one such pass ("Fix all", source.fixAll on save); the CLI's --fix repeats
// passes on the fixed text until nothing is left to fix, as ESLint does.
import type { Edit, Fix } from '../../rules/types';
import { applyEdits } from '../../base/edits';
import { partitionPoint } from '../../text/partitionPoint';
import { problemsOf, runRules, type Problem } from '../validate';
import type { FeatureContext } from './context';
import { ruleFixes } from '../ruleFixes';

export interface AutoFix {
  problem: Problem;
  fix: Fix;
}

export interface FixAllPass {
  /** Edits in offsets of the document, sorted, none overlapping or touching another. */
  edits: Edit[];
  /** The problems these edits fix; the others wait for the next pass. */
  fixed: AutoFix[];
}

/** The autofix of each reported problem (of one rule when `ruleId` is given), in document order. */
export function autofixes(context: FeatureContext, ruleId?: string): AutoFix[] {
  const found: AutoFix[] = [];
  for (const problem of ruleId === undefined ? runRules(context).problems : problemsOf(context, [ruleId])) {
    // Only rules that document an autofix may have one: the others' fixes are not even computed.
    if (!problem.rule.docs.autofix) continue;
    const fix = ruleFixes(problem, context, true).find((f) => f.autofix);
    if (fix) found.push({ problem, fix });
  }
  return found;
}

/** One pass of fix all: every autofix whose edits leave the earlier ones' alone. */
export function fixAllPass(context: FeatureContext, ruleId?: string): FixAllPass {
  const taken = new EditSet();
  const fixed: AutoFix[] = [];
  for (const candidate of autofixes(context, ruleId)) {
    // Two items of one list share the fix that rewrites the list: the same edit counts once.
    const fresh = candidate.fix.edits.filter((e) => !taken.has(e));
    if (fresh.some((e) => taken.conflicts(e))) continue;
    for (const e of fresh) taken.add(e);
    fixed.push(candidate);
  }
  return { edits: taken.edits, fixed };
}

/** Edits sorted by offset, with the questions fix all asks of them answered by binary search. */
class EditSet {
  readonly edits: Edit[] = [];

  has(edit: Edit): boolean {
    const i = this.firstEndingAtOrAfter(edit.span.start);
    for (let k = i; k < this.edits.length && this.edits[k].span.start <= edit.span.start; k++) {
      const other = this.edits[k];
      if (other.span.start === edit.span.start && other.span.end === edit.span.end && other.newText === edit.newText) return true;
    }
    return false;
  }

  /** Whether the edit overlaps or touches one already taken (touching edits would leave their order to chance). */
  conflicts(edit: Edit): boolean {
    const i = this.firstEndingAtOrAfter(edit.span.start);
    return i < this.edits.length && this.edits[i].span.start <= edit.span.end;
  }

  add(edit: Edit): void {
    this.edits.splice(this.firstEndingAtOrAfter(edit.span.start), 0, edit);
  }

  /** The index of the first edit whose end is at or after `offset` (ends are sorted, since edits do not overlap). */
  private firstEndingAtOrAfter(offset: number): number {
    return partitionPoint(this.edits.length, (i) => this.edits[i].span.end < offset);
  }
}

export interface FixedText {
  text: string;
  /** How many problems the passes fixed. */
  fixed: number;
}

/** ESLint's bound: a fix that keeps producing work is stopped rather than looped on. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies fix-all passes to a text until a pass has nothing left to fix. `contextOf` parses a text (undefined when
 * it is not to be analysed, e.g. over the size limit).
 */
export function fixUntilStable(text: string, contextOf: (text: string) => FeatureContext | undefined): FixedText {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const context = contextOf(current);
    const { edits, fixed: now } = context ? fixAllPass(context) : { edits: [], fixed: [] };
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    fixed += now.length;
  }
  return { text: current, fixed };
}

// Which offsets of a template are never rendered together: those in different branches of one conditional. The
// conditionals nest, so each offset has a short chain of enclosing conditionals; two offsets are exclusive when, in
// a conditional that encloses both, they lie in different branches. Answered in time proportional to the nesting.
import type { Span } from '../parser/xmlTree';
import { partitionPoint } from '../text/partitionPoint';

interface Conditional {
  start: number;
  end: number;
  branches: Span[];
  parent: Conditional | undefined;
}

/** `exclusive(a, b)` over the conditionals of a template, each given as its branches in order. */
export function exclusiveBranches(chains: Span[][]): (a: number, b: number) => boolean {
  const conditionals = nest(chains);
  const starts = conditionals.map((c) => c.start);
  const enclosing = (offset: number): Map<Conditional, number> => {
    const found = new Map<Conditional, number>();
    let c: Conditional | undefined = conditionals[lastAtOrBefore(starts, offset)];
    for (; c; c = c.parent) {
      if (offset >= c.end) continue;
      found.set(c, c.branches.findIndex((b) => offset >= b.start && offset < b.end));
    }
    return found;
  };
  return (a, b) => {
    if (conditionals.length === 0) return false;
    const ofA = enclosing(a);
    for (const [c, branch] of enclosing(b)) {
      const other = ofA.get(c);
      if (other !== undefined && other >= 0 && branch >= 0 && other !== branch) return true;
    }
    return false;
  };
}

function nest(chains: Span[][]): Conditional[] {
  const sorted = chains
    .map((branches) => ({ start: branches[0].start, end: branches[branches.length - 1].end, branches, parent: undefined as Conditional | undefined }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const open: Conditional[] = [];
  for (const c of sorted) {
    while (open.length && open[open.length - 1].end <= c.start) open.pop();
    c.parent = open[open.length - 1];
    open.push(c);
  }
  return sorted;
}

/** The index of the last start at or before the offset (-1 when none). */
function lastAtOrBefore(starts: number[], offset: number): number {
  return partitionPoint(starts.length, (i) => starts[i] <= offset) - 1;
}

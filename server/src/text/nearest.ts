// The nearest known name to a misspelt one: a case-insensitive match first, else the smallest edit distance
// within a threshold that grows with the name's length.

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The one candidate that differs from `name` only in letter case, or undefined when none or several do. Such a
 * replacement is no guess (ActiveMQ's names are case-sensitive, people's typing is not), so fixes may apply it
 * on their own.
 */
export function onlyCaseVariant(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let found: string | undefined;
  for (const candidate of candidates) {
    if (candidate === name || candidate.toLowerCase() !== lower) continue;
    if (found !== undefined && found !== candidate) return undefined;
    found = candidate;
  }
  return found;
}

export interface NameSuggestion {
  name: string;
  /** It differs from the written name only in letter case, and no other candidate does: a fix may apply it alone. */
  caseOnly: boolean;
}

export function suggestName(name: string, candidates: Iterable<string>): NameSuggestion | undefined {
  const list = [...candidates];
  const nearest = nearestName(name, list);
  return nearest === undefined ? undefined : { name: nearest, caseOnly: onlyCaseVariant(name, list) === nearest };
}

// Broker versions, for behaviour that changed between releases.

export function parseVersion(text: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** Whether `version` (when known) is a release older than `release`; an unknown version counts as current. */
export function releasedBefore(version: string | undefined, release: string): boolean {
  const v = version ? parseVersion(version) : undefined;
  const r = parseVersion(release);
  if (!v || !r) return false;
  for (let i = 0; i < 3; i++) if (v[i] !== r[i]) return v[i] < r[i];
  return false;
}

/**
 * Whether clients still need admin on the advisory topics their actions create: fixed by #2071 (commit 3598fc5623)
 * in 6.3.0, backported to 6.2.7 and 5.19.8 (activemq-facts.md Q4). Undefined version: a current broker.
 */
export function advisoriesNeedAdmin(version: string | undefined): boolean {
  const v = version ? parseVersion(version) : undefined;
  if (!v) return false;
  const [major, minor, patch] = v;
  if (major > 6 || (major === 6 && minor >= 3)) return false;
  if (major === 6 && minor === 2) return patch < 7;
  if (major === 5 && minor === 19) return patch < 8;
  return true;
}

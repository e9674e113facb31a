// Shrinking a disagreement: the smallest config (fewest users, entries, groups, attributes) on which the broker and
// the service still disagree about the same question, found greedily, one broker per attempt.
import type { BrokerPlan, Login, Observation } from './askBroker';
import { runCase, type Disagreement } from './compare';
import type { ConfigSpec, Rights } from './generate';

const MAX_ATTEMPTS = Number(process.env.BROKER_SHRINK_ATTEMPTS ?? 40);

function withoutIndex<T>(items: T[], i: number): T[] {
  return items.filter((_, j) => j !== i);
}

function smallerRights(rights: Rights): Rights[] {
  const out: Rights[] = [];
  for (const right of ['read', 'write', 'admin'] as const) {
    const list = rights[right];
    if (list === undefined) continue;
    out.push({ ...rights, [right]: undefined });
    const items = list.split(',');
    if (items.length > 1) items.forEach((_, i) => out.push({ ...rights, [right]: withoutIndex(items, i).join(',') }));
  }
  return out;
}

/** Every config one step smaller than `spec` that still has the login asked about. */
function candidates(spec: ConfigSpec, login: Login): ConfigSpec[] {
  const out: ConfigSpec[] = [];
  spec.entries.forEach((entry, i) => {
    out.push({ ...spec, entries: withoutIndex(spec.entries, i) });
    if (entry.destinations.length > 1) entry.destinations.forEach((_, j) => out.push({ ...spec, entries: spec.entries.map((e, k) => (k === i ? { ...e, destinations: withoutIndex(e.destinations, j) } : e)) }));
    for (const rights of smallerRights(entry)) out.push({ ...spec, entries: spec.entries.map((e, k) => (k === i ? { ...e, ...rights } : e)) });
  });
  spec.users.forEach((user, i) => {
    const keepsLogin = user.name !== login.user || spec.users.filter((u) => u.name === user.name).length > 1;
    if (keepsLogin && spec.users.length > 1) out.push({ ...spec, users: withoutIndex(spec.users, i) });
    const groups = user.groups.split(',');
    if (groups.length > 1) groups.forEach((_, j) => out.push({ ...spec, users: spec.users.map((u, k) => (k === i ? { ...u, groups: withoutIndex(groups, j).join(',') } : u)) }));
  });
  if (spec.defaultEntry) out.push({ ...spec, defaultEntry: undefined });
  if (spec.tempEntry) out.push({ ...spec, tempEntry: undefined });
  if (spec.anonymousAccessAllowed && login.user !== undefined) out.push({ ...spec, anonymousAccessAllowed: false });
  return out;
}

/** The plan that asks only the question of `observation` (with the same destination state). */
function planFor(observation: Observation, plan: BrokerPlan, spec: ConfigSpec): BrokerPlan {
  const { destination } = observation;
  const login = spec.users.some((u) => u.name === observation.login.user)
    ? { user: observation.login.user, password: spec.users.filter((u) => u.name === observation.login.user).at(-1)!.password }
    : {};
  const temporary = destination.startsWith('temp-') ? [destination.startsWith('temp-queue') ? ('temp-queue' as const) : ('temp-topic' as const)] : [];
  return {
    logins: [login],
    existing: plan.existing.includes(destination) ? [destination] : [],
    fresh: plan.fresh.includes(destination) ? [destination] : [],
    temporary,
  };
}

function sameQuestion(a: Observation, b: Observation): boolean {
  const temporaryKind = (d: string) => (d.startsWith('temp-') ? d.replace(/:\/\/.*/, '') : d);
  return a.login.user === b.login.user && a.right === b.right && temporaryKind(a.destination) === temporaryKind(b.destination);
}

/** The smallest config found on which the same question still gets different answers. */
export async function shrink(spec: ConfigSpec, plan: BrokerPlan, disagreement: Disagreement): Promise<{ spec: ConfigSpec; disagreement: Disagreement; attempts: number }> {
  let best = { spec, disagreement };
  let attempts = 0;
  let progress = true;
  while (progress && attempts < MAX_ATTEMPTS) {
    progress = false;
    for (const candidate of candidates(best.spec, best.disagreement.observation.login)) {
      if (++attempts > MAX_ATTEMPTS) break;
      const result = await runCase(candidate, planFor(best.disagreement.observation, plan, candidate)).catch(() => undefined);
      const still = result?.disagreements.find((d) => sameQuestion(d.observation, best.disagreement.observation));
      if (still) {
        best = { spec: candidate, disagreement: still };
        progress = true;
        break;
      }
    }
  }
  return { ...best, attempts };
}

// The service's side of the differential test, and the comparison: for each broker observation, what
// `activemq-lint --who-can DEST --format json` (the effective permissions behind hover and --who-can) says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../server/src/cli';
import type { WhoCanAnswer } from '../../../server/src/service/features/whoCan';
import { askBroker, describeLogin, type BrokerPlan, type Login, type Observation } from './askBroker';
import { drawDestinations, generateConfig, renderConfig, rng, type ConfigSpec } from './generate';

export interface Disagreement {
  observation: Observation;
  service: boolean | string;
}

export interface CaseResult {
  observations: number;
  disagreements: Disagreement[];
  puzzles: string[];
}

/** Runs `body` with the service's who-can for `spec`, and removes the files afterwards. */
export function withServiceAnswers<T>(spec: ConfigSpec, body: (whoCan: (destination: string) => WhoCanAnswer) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'who-can.'));
  try {
    const { xml, files } = renderConfig(spec);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const path = join(dir, 'activemq.xml');
    writeFileSync(path, xml);
    const cache = new Map<string, WhoCanAnswer>();
    return body((destination) => {
      let answer = cache.get(destination);
      if (!answer) {
        answer = JSON.parse(runCli(['--who-can', destination, '--format', 'json', path]).stdout)[0] as WhoCanAnswer;
        cache.set(destination, answer);
      }
      return answer;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function serviceSays(answer: WhoCanAnswer, login: Login, right: Observation['right']): boolean | string {
  if (answer.unavailable) return `no answer: ${answer.unavailable}`;
  const r = answer[right];
  if (!r) return 'no answer';
  return login.user === undefined ? r.anonymous : r.users.includes(login.user);
}

/** The logins a config has: each user once with the password the broker keeps (the last), and anonymous. */
export function loginsOf(spec: ConfigSpec): Login[] {
  const byName = new Map<string, Login>();
  for (const u of spec.users) byName.set(u.name, { user: u.name, password: u.password });
  const logins = [...byName.values()];
  if (spec.anonymousAccessAllowed && spec.authentication === 'simple') logins.push({});
  return logins;
}

export function planFor(spec: ConfigSpec, seed: number): BrokerPlan {
  const r = rng(seed);
  const existing = drawDestinations(r, spec, 14);
  const fresh = drawDestinations(r, spec, 10).filter((d) => !existing.includes(d));
  return { logins: loginsOf(spec), existing, fresh, temporary: ['temp-queue', 'temp-topic'] };
}

/** One generated config: the broker's answers against the service's. */
export async function runCase(spec: ConfigSpec, plan: BrokerPlan): Promise<CaseResult> {
  const { xml, files } = renderConfig(spec);
  const run = await askBroker({ xml, files }, plan);
  const disagreements = withServiceAnswers(spec, (whoCan) =>
    run.observations.flatMap((observation) => {
      const service = serviceSays(whoCan(observation.destination), observation.login, observation.right);
      return service === observation.allowed ? [] : [{ observation, service }];
    }),
  );
  const puzzles = run.puzzles.map((p) => `${describeLogin(p.question.login)} ${p.question.op} ${p.question.destination}: ${typeof p.answer === 'string' ? p.answer : JSON.stringify(p.answer)}`);
  return { observations: run.observations.length, disagreements, puzzles };
}

/** The config for case `index` of a run with `seed`. */
export function caseSpec(seed: number, index: number): { spec: ConfigSpec; plan: BrokerPlan } {
  const caseSeed = (seed * 1000003 + index * 7919) >>> 0;
  const spec = generateConfig(rng(caseSeed));
  return { spec, plan: planFor(spec, caseSeed + 1) };
}

export function describeDisagreement(d: Disagreement): string {
  const o = d.observation;
  return `${describeLogin(o.login)} ${o.right} ${o.destination}: broker ${o.allowed ? 'allows' : 'denies'}${o.reason ? ` ("${o.reason}")` : ''}, service says ${typeof d.service === 'string' ? d.service : d.service ? 'allowed' : 'denied'}`;
}

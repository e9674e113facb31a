// The broker's side of the differential test: what it answers, per (login, destination, right), for one config.
// Advisories are off, so that the authorization map alone decides. The broker checks read/write first and then,
// only when the destination does not exist yet, admin (it creates the destination through AuthorizationBroker);
// for a temporary destination admin (creation) comes first. So:
//   - `existing` destinations are created at start-up: asking read and write there tells read and write alone;
//   - `fresh` destinations are used for the first time by the questions: an answer past the read/write check
//     tells admin too, and once a login has created one, nobody else can show admin on it;
//   - temporary destinations get a new name per question.
import { startBroker } from '../broker';
import { connect, type Answer, type Operation, type Session } from '../stomp';
import type { BrokerConfig } from '../broker';

export type Right = 'read' | 'write' | 'admin';

/** A login: a user name with its password, or anonymous (no login). */
export interface Login {
  user?: string;
  password?: string;
}

export interface Question {
  login: Login;
  destination: string;
  /** Where the destination stands: existing, fresh (first use) or temporary. */
  state: 'existing' | 'fresh' | 'temporary';
  op: Operation;
}

export interface Observation {
  login: Login;
  destination: string;
  right: Right;
  allowed: boolean;
  /** The broker's words (or why the answer was not understood). */
  reason?: string;
}

export interface BrokerRun {
  observations: Observation[];
  /** Answers that fit none of the expected forms (a disagreement in themselves). */
  puzzles: { question: Question; answer: Answer | string }[];
}

const loginName = (l: Login) => l.user ?? '(anonymous)';

/** What one answer tells, given where the destination stood. */
export function readAnswer(question: Question, answer: Answer): { observations: Observation[]; created: boolean } | undefined {
  const { login, destination, op, state } = question;
  const seen = (right: Right, allowed: boolean, reason = answer.reason) => ({ login, destination, right, allowed, reason });
  if (state === 'temporary') {
    // A refused creation also comes as an asynchronous connection error that may come late or, when another error
    // is being sent, not at all (TransportConnection.serviceException); only the answer to the question counts, so
    // that a seed always asks and compares the same. The operation going through means the destination was created.
    if (answer.allowed) return { observations: [seen(op, true), seen('admin', true)], created: false };
    if (answer.check === 'create') return { observations: [seen('admin', false)], created: false };
    return answer.check === op ? { observations: [seen(op, false)], created: false } : undefined;
  }
  if (answer.allowed) return { observations: state === 'existing' ? [seen(op, true)] : [seen(op, true), seen('admin', true)], created: state === 'fresh' };
  if (answer.check === op) return { observations: [seen(op, false)], created: false };
  if (answer.check === 'create' && state === 'fresh') return { observations: [seen(op, true), seen('admin', false)], created: false };
  return undefined;
}

export interface BrokerPlan {
  logins: Login[];
  existing: string[];
  fresh: string[];
  /** Temporary destination kinds to ask about per login (each question gets a new name). */
  temporary: ('temp-queue' | 'temp-topic')[];
}

function precreated(destinations: string[]): string[] {
  return [...new Set(destinations.flatMap((d) => {
    const [, kind, names] = /^(\w+):\/\/(.*)$/.exec(d)!;
    return names.split(',').map((n) => `${kind}://${n.trim()}`);
  }))];
}

/** Asks one broker everything the plan says; a login the broker refuses is a puzzle. */
export async function askBroker(config: BrokerConfig, plan: BrokerPlan): Promise<BrokerRun> {
  const run: BrokerRun = { observations: [], puzzles: [] };
  const broker = await startBroker(config, { noAdvisories: true, precreate: precreated(plan.existing) });
  const sessions = new Map<Login, Session>();
  let tempCounter = 0;
  // A refused temporary destination also comes back as an asynchronous connection error (TransportConnection
  // .serviceException), in no fixed order with the answers: temporary questions are read once every answer of the
  // session is in, and those errors are told from unexpected ones by the sequence number the broker gives the
  // connection's n-th temporary destination.
  const temporary = new Map<Session, { question: Question; answer: Answer }[]>();
  const ask = async (session: Session, question: Question) => {
    const answer = await session.ask(question.op, question.destination);
    if (question.state === 'temporary') {
      temporary.set(session, [...(temporary.get(session) ?? []), { question, answer }]);
      return undefined;
    }
    const read = readAnswer(question, answer);
    if (read) run.observations.push(...read.observations);
    else run.puzzles.push({ question, answer });
    return read;
  };
  try {
    for (const login of plan.logins) {
      const session = await connect(broker.stompPort, login);
      if ('refused' in session) {
        run.puzzles.push({ question: { login, destination: '', state: 'existing', op: 'read' }, answer: `login refused: ${session.refused}` });
        continue;
      }
      sessions.set(login, session);
      for (const destination of plan.existing) {
        for (const op of ['read', 'write'] as const) await ask(session, { login, destination, state: 'existing', op });
      }
      for (const kind of plan.temporary) {
        for (const op of ['read', 'write'] as const) await ask(session, { login, destination: `${kind}://t${++tempCounter}`, state: 'temporary', op });
      }
    }
    for (const destination of plan.fresh) {
      // Every login in turn, until one creates it: each earlier refusal is an admin answer.
      let created = false;
      for (const [login, session] of sessions) {
        for (const op of ['write', 'read'] as const) {
          const read = await ask(session, { login, destination, state: 'fresh', op });
          created ||= !!read?.created;
          if (read?.observations.some((o) => o.right === 'admin')) break;
        }
        if (created) break;
      }
    }
    for (const [login, session] of sessions) {
      await session.flush();
      const asked = temporary.get(session) ?? [];
      const bySequence = (n: number) => session.stray.filter((m) => new RegExp(`create: temp-(queue|topic)://ID:.*:${n}$`).test(m));
      asked.forEach(({ question, answer }) => {
        const read = readAnswer(question, answer);
        if (read) run.observations.push(...read.observations);
        else run.puzzles.push({ question, answer });
      });
      const explained = new Set(asked.flatMap((_, i) => bySequence(i + 1)));
      for (const message of session.stray.filter((m) => !explained.has(m))) run.puzzles.push({ question: { login, destination: '', state: 'existing', op: 'read' }, answer: `unexpected error from the broker: ${message}` });
    }
  } finally {
    for (const session of sessions.values()) await session.close().catch(() => {});
    await broker.stop();
  }
  return run;
}

export function describeLogin(login: Login): string {
  return loginName(login);
}

// Asking a running broker, over STOMP, what a user may do: one connection per user, many questions on it.
// read = SUBSCRIBE and write = SEND, each with a receipt: a RECEIPT means allowed, an ERROR frame with the same
// receipt-id means denied, with the broker's own reason. ActiveMQ keeps the connection open after an operation's
// error, and answers a connection's frames in order.
import { Client, type IFrame } from '@stomp/stompjs';
import { TCPWrapper } from '@stomp/tcp-wrapper';

export type Operation = 'read' | 'write';

/** What the broker's message says it checked, and on which destination. */
export type Check = 'authenticate' | 'read' | 'write' | 'create' | 'other';

export interface Answer {
  allowed: boolean;
  /** The broker's message when denied. */
  reason?: string;
  check?: Check;
  /** The destination the broker names in its message. */
  on?: string;
}

const CHECKS: Record<string, Check> = { 'read from': 'read', 'write to': 'write', create: 'create' };

export function explain(message: string): { check: Check; on?: string } {
  const m = /^User (.*) is not authorized to (read from|write to|create): (.*)$/.exec(message);
  if (m) return { check: CHECKS[m[2]], on: m[3] };
  if (/^User name \[.*\] or password is invalid\.$/.test(message) || message === 'User is not authenticated.') return { check: 'authenticate' };
  return { check: 'other' };
}

const STOMP_PREFIX: Record<string, string> = { queue: '/queue/', topic: '/topic/', 'temp-queue': '/temp-queue/', 'temp-topic': '/temp-topic/' };

/**
 * `queue://A.B` → `/queue/A.B`. A composite names every part with its own prefix (`queue://A,B` →
 * `/queue/A,/queue/B`): ActiveMQ's LegacyFrameTranslator reads a part without one as a queue.
 */
export function stompDestination(destination: string): string {
  const m = /^(queue|topic|temp-queue|temp-topic):\/\/(.+)$/.exec(destination);
  if (!m) throw new Error(`not a destination: ${destination} (queue://, topic://, temp-queue:// or temp-topic:// and a name)`);
  return m[2]
    .split(',')
    .map((part) => {
      const own = /^(queue|topic):\/\/(.+)$/.exec(part.trim());
      return own ? STOMP_PREFIX[own[1]] + own[2] : STOMP_PREFIX[m[1]] + part.trim();
    })
    .join(',');
}

export interface Session {
  /** Errors the broker sent that answer no question of ours (advisories, for one). */
  readonly stray: string[];
  ask(op: Operation, destination: string): Promise<Answer>;
  /** Waits until the broker has handled every frame sent so far (and sent the errors they caused). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface Login {
  /** undefined connects without a login (anonymous). */
  user?: string;
  password?: string;
}

const CLOSED_UNANSWERED = 'the broker closed the connection';
const LOGIN_ATTEMPTS = 3;

/**
 * Connects as `login`. Resolves with a session, or with the broker's reason when it refuses the login (it then
 * closes the connection). A refused STOMP login is answered by an ERROR frame and a close
 * (ProtocolConverter.onStompConnect), and TransportConnection.processAddConnection also schedules a stop of its
 * own (delayedStop); once in a few hundred refusals (CI, 5.17.2) the socket closed with no ERROR frame read. The
 * broker refuses the same login every time, so a close without a reason is asked again, a few times, before it is
 * reported as the answer.
 */
export async function connect(port: number, login: Login, timeoutMs = 10000): Promise<Session | { refused: string }> {
  let answer = await connectOnce(port, login, timeoutMs);
  for (let attempt = 1; attempt < LOGIN_ATTEMPTS && 'refused' in answer && answer.refused === CLOSED_UNANSWERED; attempt++) {
    answer = await connectOnce(port, login, timeoutMs);
  }
  return answer;
}

function connectOnce(port: number, login: Login, timeoutMs: number): Promise<Session | { refused: string }> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<string, (frame: IFrame | undefined, error?: string) => void>();
    const stray: string[] = [];
    let counter = 0;
    let connected = false;
    let closed = false;
    const client = new Client({
      webSocketFactory: () => new TCPWrapper('127.0.0.1', port),
      connectHeaders: login.user === undefined ? {} : { login: login.user, passcode: login.password ?? '' },
      reconnectDelay: 0,
      heartbeatIncoming: 0,
      heartbeatOutgoing: 0,
      debug: () => {},
    });
    const timer = setTimeout(() => {
      client.deactivate();
      reject(new Error(`no CONNECTED from the broker on port ${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    const closeAll = (why: string) => {
      closed = true;
      for (const [, answer] of waiting) answer(undefined, why);
      waiting.clear();
    };
    client.onStompError = (frame) => {
      const message = frame.headers.message ?? frame.body;
      if (!connected) {
        clearTimeout(timer);
        client.deactivate();
        resolve({ refused: message });
        return;
      }
      const answer = waiting.get(frame.headers['receipt-id']);
      if (answer) {
        waiting.delete(frame.headers['receipt-id']);
        answer(frame);
      } else stray.push(message);
    };
    client.onWebSocketClose = () => {
      if (!connected) {
        clearTimeout(timer);
        resolve({ refused: CLOSED_UNANSWERED });
      }
      closeAll(CLOSED_UNANSWERED);
    };
    const send = (frame: (receipt: string) => void): Promise<IFrame> =>
      new Promise((done, fail) => {
        if (closed) return fail(new Error('the connection is closed'));
        const receipt = `r${++counter}`;
        waiting.set(receipt, (f, error) => (f ? done(f) : fail(new Error(error))));
        client.watchForReceipt(receipt, (f) => {
          if (!waiting.delete(receipt)) return;
          done(f);
        });
        frame(receipt);
      });
    const session: Session = {
      stray,
      async ask(op, destination) {
        const target = stompDestination(destination);
        const frame = await send((receipt) => {
          if (op === 'read') client.subscribe(target, () => {}, { receipt });
          else client.publish({ destination: target, body: 'probe', headers: { receipt } });
        });
        if (frame.command === 'RECEIPT') return { allowed: true };
        const reason = frame.headers.message ?? frame.body;
        return { allowed: false, reason, ...explain(reason) };
      },
      async flush() {
        // UNSUBSCRIBE of no subscription: harmless, and its answer (a RECEIPT or an ERROR with the same receipt-id)
        // comes after everything sent before it.
        await send((receipt) => client.unsubscribe(`none-${receipt}`, { receipt }));
      },
      async close() {
        closed = true;
        await client.deactivate();
      },
    };
    client.onConnect = () => {
      connected = true;
      clearTimeout(timer);
      resolve(session);
    };
    client.activate();
  });
}

// Small configs for the rule tests, and a logged-in STOMP session that fails the test when the login is refused.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { Client } from '@stomp/stompjs';
import { TCPWrapper } from '@stomp/tcp-wrapper';
import { brokerXml } from '../configXml';
import { connect, type Session } from '../stomp';

export interface SecuredOptions {
  /** <authenticationUser .../> lines. */
  users: string;
  /** <authorizationEntry .../> lines; undefined: no authorizationPlugin. */
  entries?: string;
  /** The inside of <tempDestinationAuthorizationEntry>, e.g. `<tempDestinationAuthorizationEntry read=.../>`. */
  temp?: string;
  /** simpleAuthenticationPlugin attributes, e.g. `anonymousAccessAllowed="true"`. */
  authentication?: string;
  schemaVersion?: string;
}

/** A broker with a simpleAuthenticationPlugin and, when entries are given, an authorization map. */
export function securedXml(options: SecuredOptions): string {
  const authorization = options.entries === undefined ? '' : `
    <authorizationPlugin><map><authorizationMap>
      <authorizationEntries>
${options.entries}
      </authorizationEntries>${options.temp ? `
      <tempDestinationAuthorizationEntry>${options.temp}</tempDestinationAuthorizationEntry>` : ''}
    </authorizationMap></map></authorizationPlugin>`;
  return brokerXml(`
  <plugins>
    <simpleAuthenticationPlugin${options.authentication ? ' ' + options.authentication : ''}>
      <users>
${options.users}
      </users>
    </simpleAuthenticationPlugin>${authorization}
  </plugins>`, '', options.schemaVersion);
}

/** A STOMP session of a user the broker must let in (user undefined: anonymous). */
export async function loggedIn(port: number, user?: string, password?: string): Promise<Session> {
  const session = await connect(port, { user, password });
  if ('refused' in session) assert.fail(`the broker refused ${user ?? 'an anonymous'} login: ${session.refused}`);
  return session;
}

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Asks `state` until it is true (the broker's log is written by another process), false after `seconds`. */
export async function until(state: () => boolean, seconds: number): Promise<boolean> {
  for (const deadline = Date.now() + seconds * 1000; !state(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) return false;
  }
  return true;
}

/** The body of the first message a STOMP consumer (logged in as `user`) gets on /queue/`queue`, or "none" after `seconds`. */
export function firstMessage(port: number, user: string, password: string, queue: string, seconds: number): { subscribed: Promise<void>; body: Promise<string> } {
  let subscribed!: () => void;
  const ready = new Promise<void>((resolve) => (subscribed = resolve));
  const body = new Promise<string>((resolve) => {
    const client = new Client({
      webSocketFactory: () => new TCPWrapper('127.0.0.1', port),
      connectHeaders: { login: user, passcode: password },
      reconnectDelay: 0, heartbeatIncoming: 0, heartbeatOutgoing: 0, debug: () => {},
    });
    const done = (text: string) => {
      clearTimeout(timer);
      subscribed(); // nobody waits for a subscription that will not come
      void client.deactivate();
      resolve(text);
    };
    const timer = setTimeout(() => done('none'), seconds * 1000);
    client.onConnect = () => {
      client.watchForReceipt('subscribed', () => subscribed());
      client.subscribe(`/queue/${queue}`, (message) => done(message.body), { receipt: 'subscribed' });
    };
    client.onStompError = (frame) => done(`refused: ${frame.headers.message}`);
    client.activate();
  });
  return { subscribed: ready, body };
}

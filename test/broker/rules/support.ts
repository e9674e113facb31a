// Small configs for the rule tests, and a logged-in STOMP session that fails the test when the login is refused.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
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

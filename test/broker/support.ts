// Shared pieces of the broker-backed rule tests: configs with users and entries, logins, and the linter's findings.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';
import type { WhoCanAnswer } from '../../server/src/service/features/whoCan';
import { brokerXml } from './configXml';
import { connect, type Session } from './stomp';

export interface Secured {
  users?: string;
  entries?: string;
  /** Inside <authorizationMap>, after the entries (defaultEntry, tempDestinationAuthorizationEntry). */
  mapExtras?: string;
  /** Attributes of <simpleAuthenticationPlugin>. */
  simpleAttributes?: string;
  schemaVersion?: string;
}

/** A runnable config with a simpleAuthenticationPlugin and an authorization map. */
export function securedXml({ users = '', entries = '', mapExtras = '', simpleAttributes = '', schemaVersion = '' }: Secured): string {
  return brokerXml(`
    <plugins>
      <simpleAuthenticationPlugin${simpleAttributes ? ' ' + simpleAttributes : ''}>
        <users>
          ${users}
        </users>
      </simpleAuthenticationPlugin>
      <authorizationPlugin><map><authorizationMap>
        <authorizationEntries>
          ${entries}
        </authorizationEntries>${mapExtras}
      </authorizationMap></map></authorizationPlugin>
    </plugins>`, '', schemaVersion);
}

export function user(name: string, groups: string, password = `${name}pw`): string {
  return `<authenticationUser username="${name}" password="${password}" groups="${groups}"/>`;
}

/** A STOMP session as `name` (password `${name}pw` unless given); fails the test when the broker refuses the login. */
export async function login(port: number, name: string | undefined, password = `${name}pw`): Promise<Session> {
  const session = await connect(port, name === undefined ? {} : { user: name, password });
  if ('refused' in session) assert.fail(`the broker refused ${name ?? 'anonymous'}: ${session.refused}`);
  return session;
}

/** The broker's words when `session` asks `op` on `destination` (undefined = allowed). */
export async function refusal(session: Session, op: 'read' | 'write', destination: string): Promise<string | undefined> {
  return (await session.ask(op, destination)).reason;
}

/** `activemq-lint --who-can DESTINATION --format json` on `xml` (with `files` beside it), as a user runs it. */
export function whoCan(xml: string, destination: string, files: Record<string, string> = {}): WhoCanAnswer {
  const dir = mkdtempSync(join(tmpdir(), 'who-can.'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'activemq.xml'), xml);
    return JSON.parse(runCli(['--who-can', destination, '--format', 'json', join(dir, 'activemq.xml')]).stdout)[0] as WhoCanAnswer;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

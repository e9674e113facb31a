// ActiveMQ's own OpenWire JMS client (Debian's jars), driven by OpenWireClient.java: what a JMS application (an
// Alfresco repository, say) meets when it connects, reads, writes or makes a temporary queue.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { AMQ_HOME } from './broker';

export interface OpenWireAnswer {
  step: string;
  allowed: boolean;
  /** The JMS exception's class (JMSSecurityException) when refused. */
  exception?: string;
  /** The broker's text when refused. */
  message?: string;
}

export type Step = `login:${string}:${string}` | `read:${string}` | `write:${string}` | 'temp-queue';

/** A login step; undefined user or password connects without one. */
export function login(user?: string, password?: string): Step {
  return `login:${user ?? '-'}:${password ?? '-'}`;
}

/** Runs the steps in one JVM, one connection per login, and returns one answer per step that ran. */
export function openWire(port: number, steps: Step[]): Promise<OpenWireAnswer[]> {
  const classpath = `${join(AMQ_HOME, 'lib')}/*`;
  return new Promise((resolve, reject) => {
    execFile('java', ['-Xmx128m', '-XX:TieredStopAtLevel=1', '-cp', classpath, join(__dirname, 'OpenWireClient.java'), String(port), ...steps],
      { timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) return reject(new Error(`OpenWireClient failed: ${error.message}\n${stderr}`));
        resolve(stdout.split('\n').filter((line) => line.includes('\t')).map((line): OpenWireAnswer => {
          const [step, verdict, exception, message] = line.split('\t');
          return verdict === 'allowed' ? { step, allowed: true } : { step, allowed: false, exception, message };
        }));
      });
  });
}

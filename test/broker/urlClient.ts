// ActiveMQ's own OpenWire client with a whole broker URL (test/broker/UrlClient.java): what an application with that
// URL (an Alfresco repository's messaging.broker.url) meets when it connects and sends, and after a broker restart.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { AMQ_HOME } from './broker';

export interface UrlAnswer {
  sent: boolean;
  /** The exception's class when it failed (JMSException, IOException, ...; Timeout after 20 s without an answer). */
  exception?: string;
  message?: string;
}

export interface UrlClientOptions {
  user?: string;
  password?: string;
  /** Java system properties (the trust store of an ssl:// client). */
  properties?: Record<string, string>;
}

function parse(line: string): UrlAnswer {
  if (line === 'sent') return { sent: true };
  const [, exception, message] = line.split('\t');
  return { sent: false, exception, message };
}

/** One JVM for all `urls` (each connected and sent on in turn), or for one URL across a restart (`wait`). */
function start(urls: string[], options: UrlClientOptions, wait: boolean): ChildProcessWithoutNullStreams {
  const properties = Object.entries(options.properties ?? {}).map(([k, v]) => `-D${k}=${v}`);
  return spawn('java', ['-Xmx128m', '-XX:TieredStopAtLevel=1', ...properties, '-cp', `${join(AMQ_HOME, 'lib')}/*`, join(__dirname, 'UrlClient.java'),
    options.user ?? '-', options.password ?? '-', ...(wait ? ['wait'] : []), ...urls]);
}

/** Answers as the client prints them, one per line. */
function answers(child: ChildProcessWithoutNullStreams): { next(): Promise<UrlAnswer> } {
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      const line = buffer.slice(0, i).trim();
      buffer = buffer.slice(i + 1);
      if (line !== 'sent' && !line.startsWith('failed\t')) continue;
      const resolve = waiting.shift();
      if (resolve) resolve(line);
      else lines.push(line);
    }
  });
  const exited = new Promise<string>((resolve) => child.once('exit', (code) => resolve(`UrlClient exited ${code} without an answer: ${stderr.slice(0, 2000)}`)));
  return {
    next: async () => {
      const line = lines.shift() ?? await Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), exited.then((why) => { throw new Error(why); })]);
      return parse(line);
    },
  };
}

/** Connects with each of `urls` in turn (one JVM), sends one message, and says how each went. */
export async function connectAndSend(urls: string[], options: UrlClientOptions = {}): Promise<UrlAnswer[]> {
  const reader = answers(start(urls, options, false));
  const result: UrlAnswer[] = [];
  for (let i = 0; i < urls.length; i++) result.push(await reader.next());
  return result;
}

/**
 * Connects with `url` and sends; then `between()` runs (a broker restart), and the same connection sends once more.
 * Both answers, in order.
 */
export async function sendAcross(url: string, between: () => Promise<void>, options: UrlClientOptions = {}): Promise<[UrlAnswer, UrlAnswer]> {
  const child = start([url], options, true);
  try {
    const reader = answers(child);
    const before = await reader.next();
    if (!before.sent) return [before, before];
    await between();
    child.stdin.write('go\n');
    return [before, await reader.next()];
  } finally {
    child.stdin.end();
  }
}

// Throw-away ActiveMQ Classic brokers (Debian's package, 5.17.2) started from a config, on 127.0.0.1 with free ports.
// Readiness is the broker's own log line on its standard output ("Apache ActiveMQ 5.17.2 (NAME, ID) started"), read
// as it comes; a refused config makes the JVM exit, and its first "ERROR: " line is the reason. Every broker started
// here is killed and its folder removed when it is stopped, and at the latest when this process exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { prepareConfig, type PrepareOptions } from './prepareConfig';

export const AMQ_HOME = process.env.AMQ_HOME ?? '/usr/share/activemq';
export const LAUNCHER = join(AMQ_HOME, 'bin/activemq.jar');

/** Why brokers cannot run here (one line), or undefined when they can. */
export function brokerUnavailable(): string | undefined {
  if (!existsSync(LAUNCHER)) return `no ActiveMQ broker: ${LAUNCHER} is missing (apt-get install activemq default-jre-headless)`;
  return undefined;
}

export interface BrokerConfig {
  /** The activemq.xml text. */
  xml: string;
  /** Files beside it (login.config, users.properties, credentials.properties), by name. */
  files?: Record<string, string>;
}

export interface Broker {
  dir: string;
  stompPort: number;
  openwirePort: number;
  /** Everything the broker printed so far (its log goes to standard output). */
  output(): string;
  stop(): Promise<void>;
}

export class BrokerRefused extends Error {
  constructor(
    /** The broker's reason: its first `ERROR: ` line, without the launcher's prefix. */
    readonly reason: string,
    readonly output: string,
  ) {
    super(`broker did not start: ${reason}`);
  }
}

const LOG4J = `log4j.rootLogger=INFO, out
log4j.logger.org.springframework=WARN
log4j.logger.org.apache.xbean=WARN
log4j.appender.out=org.apache.log4j.ConsoleAppender
log4j.appender.out.layout=org.apache.log4j.PatternLayout
log4j.appender.out.layout.ConversionPattern=%-5p %m%n
`;

const live = new Set<{ process: ChildProcess; dir: string }>();

function killAll(): void {
  for (const b of live) {
    b.process.kill('SIGKILL');
    rmSync(b.dir, { recursive: true, force: true });
  }
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A config on disk with the small files beside it (what `${activemq.conf}/...` and login.config name). */
export function configFromFile(path: string): BrokerConfig {
  const files: Record<string, string> = {};
  const folder = dirname(path);
  for (const name of readdirSync(folder)) {
    const full = join(folder, name);
    if (full === join(folder, basename(path)) || !statSync(full).isFile() || statSync(full).size >= 1024 * 1024) continue;
    files[name] = readFileSync(full, 'utf8');
  }
  return { xml: readFileSync(path, 'utf8'), files };
}

function javaArgs(dir: string, hasLoginConfig: boolean): string[] {
  const conf = join(dir, 'conf');
  return [
    '-Xms64m', '-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true',
    // Any HTTP(S) fetch by the JVM (an unknown XSD) goes to a closed local port instead of the network.
    '-Dhttp.proxyHost=127.0.0.1', '-Dhttp.proxyPort=9', '-Dhttps.proxyHost=127.0.0.1', '-Dhttps.proxyPort=9',
    `-Dactivemq.home=${AMQ_HOME}`, `-Dactivemq.base=${dir}`, `-Dactivemq.conf=${conf}`, `-Dactivemq.data=${join(dir, 'data')}`,
    ...(hasLoginConfig ? [`-Djava.security.auth.login.config=${join(conf, 'login.config')}`] : []),
    '-jar', LAUNCHER, 'start', `xbean:file:${join(conf, 'activemq.xml')}`,
  ];
}

/**
 * Starts a broker from `config` (rewritten by prepareConfig). Resolves once it has logged "started", with its
 * ports; rejects with BrokerRefused when the JVM exits first.
 */
export function startBroker(config: BrokerConfig, options: PrepareOptions = {}): Promise<Broker> {
  const dir = mkdtempSync(join(tmpdir(), 'amq.'));
  const conf = join(dir, 'conf');
  mkdirSync(conf);
  mkdirSync(join(dir, 'data'));
  try {
    for (const [name, text] of Object.entries(config.files ?? {})) writeFileSync(join(conf, name), text);
    writeFileSync(join(conf, 'activemq.xml'), prepareConfig(config.xml, options));
    writeFileSync(join(conf, 'log4j.properties'), LOG4J);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return Promise.reject(error);
  }
  const child = spawn('java', javaArgs(dir, config.files?.['login.config'] !== undefined), { stdio: ['ignore', 'pipe', 'pipe'] });
  const handle = { process: child, dir };
  live.add(handle);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (!live.has(handle)) return;
    live.delete(handle);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise<Broker>((resolve, reject) => {
    const ports: Record<string, number> = {};
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of output.matchAll(/Listening for connections at: (\w+):\/\/[^:\s]*:(\d+)/g)) ports[m[1]] = Number(m[2]);
      if (/^INFO {2}Apache ActiveMQ .* started$/m.test(output)) {
        child.stdout.off('data', onData);
        child.stdout.on('data', (more: Buffer) => (output += more.toString()));
        resolve({ dir, stompPort: ports.stomp, openwirePort: ports.tcp, output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', async () => {
      await stop();
      const line = /^ERROR: (.*)$/m.exec(output)?.[1] ?? `the JVM exited (${child.exitCode ?? child.signalCode}) without a reason`;
      reject(new BrokerRefused(line.replace(/^java\.lang\.RuntimeException: Failed to execute start task\. Reason: /, ''), output));
    });
    child.once('error', async (error) => {
      await stop();
      reject(error);
    });
  });
}

/** Runs `body` with a broker started from `config`, and stops the broker whatever happens. */
export async function withBroker<T>(config: BrokerConfig, options: PrepareOptions, body: (broker: Broker) => Promise<T>): Promise<T> {
  const broker = await startBroker(config, options);
  try {
    return await body(broker);
  } finally {
    await broker.stop();
  }
}

/**
 * One question over OpenWire with ActiveMQ's JMS client (test/broker/JmsProbe.java, run from source by Java):
 * "allowed" or "denied <exception>: <the broker's message>".
 */
export function jmsProbe(port: number, user: string | undefined, password: string | undefined, op: 'connect' | 'read' | 'write', destination = ''): Promise<string> {
  const source = join(dirname(__filename), 'JmsProbe.java');
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xmx128m', '-XX:TieredStopAtLevel=1', '-cp', `${AMQ_HOME}/lib/*`, source, String(port), user ?? '-', password ?? '-', op, destination], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('allowed') || l.startsWith('denied'));
      if (line) resolve(line);
      else reject(new Error(`JmsProbe exited ${code} without an answer: ${err.slice(0, 2000)}`));
    });
  });
}

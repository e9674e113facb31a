// Whether the broker starts from each of many configs, asked of a few warm JVMs (StartupCheck.java) instead of one
// launcher per config: the same BrokerFactory call the launcher's start task makes, at a fraction of the cost.
// Each config is made local by prepareConfig first, in a folder of its own that is removed afterwards.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AMQ_HOME, type BrokerConfig } from './broker';
import { prepareConfig, UnrunnableConfig } from './prepareConfig';

export interface StartupResult {
  started: boolean;
  /** Why not (the exception and its deepest cause). */
  reason?: string;
  /** Why the config was not tried: prepareConfig cannot make it local (it names an LDAP server elsewhere, say). */
  unrunnable?: string;
}

const PER_CONFIG_SECONDS = 60;

function runChecker(dirs: string[]): Promise<Map<string, StartupResult>> {
  const classpath = [join(AMQ_HOME, 'lib/*'), join(AMQ_HOME, 'lib/optional/*')].join(':');
  const args = ['-Xmx384m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true',
    // Any HTTP(S) fetch (an XSD the jars do not hold) goes to a closed local port, never to the network.
    '-Dhttp.proxyHost=127.0.0.1', '-Dhttp.proxyPort=9', '-Dhttps.proxyHost=127.0.0.1', '-Dhttps.proxyPort=9',
    '-Dlog4j.configuration=file:/dev/null', `-Damq.home=${AMQ_HOME}`,
    '-cp', classpath, join(__dirname, 'StartupCheck.java'), String(PER_CONFIG_SECONDS), ...dirs];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const results = new Map<string, StartupResult>();
      for (const line of stdout.split('\n').filter((l) => l.includes('\t'))) {
        const [dir, verdict, reason] = line.split('\t');
        results.set(dir, verdict === 'started' ? { started: true } : { started: false, reason });
      }
      // A checker that halted on a stuck broker answered up to it; the rest run in a fresh JVM.
      if (error && results.size === 0) return reject(new Error(`StartupCheck failed: ${error.message}\n${stderr.slice(-2000)}`));
      const rest = dirs.filter((d) => !results.has(d));
      if (rest.length === 0) return resolve(results);
      runChecker(rest).then((more) => resolve(new Map([...results, ...more])), reject);
    });
  });
}

/** Starts (and stops) a broker from each config, `jvms` at a time; results in the order of `configs`. */
export async function startupResults(configs: BrokerConfig[], jvms = 2): Promise<StartupResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'amq-startup.'));
  try {
    const unrunnable = new Map<number, string>();
    const dirs = configs.map((config, i) => {
      const dir = join(root, String(i));
      let xml: string;
      try {
        xml = prepareConfig(config.xml);
      } catch (error) {
        if (!(error instanceof UnrunnableConfig)) throw error;
        unrunnable.set(i, error.message);
        return dir;
      }
      mkdirSync(join(dir, 'conf'), { recursive: true });
      mkdirSync(join(dir, 'data'));
      for (const [name, text] of Object.entries(config.files ?? {})) writeFileSync(join(dir, 'conf', name), text);
      writeFileSync(join(dir, 'conf', 'activemq.xml'), xml);
      return dir;
    });
    const runnable = dirs.filter((_, i) => !unrunnable.has(i));
    const chunks = Array.from({ length: jvms }, (_, k) => runnable.filter((_, i) => i % jvms === k)).filter((c) => c.length > 0);
    const answers = new Map((await Promise.all(chunks.map(runChecker))).flatMap((m) => [...m]));
    return dirs.map((dir, i) => {
      const why = unrunnable.get(i);
      if (why !== undefined) return { started: false, unrunnable: why };
      return answers.get(dir) ?? { started: false, reason: 'the checker gave no answer' };
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

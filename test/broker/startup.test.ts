// Errors agree with start-up: the broker refuses to start exactly when the linter reports an error whose message
// says it will not start. For the example, the configs with planted errors, and every corpus file
// (ACTIVEMQ_XML_CORPUS, default ../shared/corpus/files) that the rewrite can run here; the others are listed with
// the reason, and so are the known exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../../server/src/cli';
import { BrokerRefused, configFromFile, startBroker } from './broker';
import { UnrunnableConfig } from './prepareConfig';

const CORPUS = resolve(process.env.ACTIVEMQ_XML_CORPUS ?? '../shared/corpus/files');
const PLANTED = ['examples/activemq.xml', 'examples/alfresco/activemq.xml', 'test/fixtures/transport/accepted-connectors.xml', 'test/suite/fixtures/missing-advisory.xml', 'test/suite/fixtures/plain.xml'];
const PARALLEL = Number(process.env.BROKER_PARALLEL ?? 2);

/** What stops a config here for reasons outside it (files or servers it names that this machine lacks). */
const OUTSIDE = /FileNotFoundException|ClassNotFoundException|CannotLoadBeanClassException|UnknownHostException|Connection refused|jdbc|DataSource|No bean named|Could not resolve placeholder/i;

/** Messages of findings that say the broker will not start. */
const WILL_NOT_START = /start-up|refuses to start|does not start|cannot read (it|the file)|not well-formed/i;

interface Outcome {
  file: string;
  predicted: string | undefined;
  broker: 'started' | { refused: string } | { unrunnable: string };
}

function linterPrediction(path: string): string | undefined {
  const problems = JSON.parse(runCli(['--format', 'json', path]).stdout) as { file: string; severity: string; code: string; message: string }[];
  const stop = problems.find((p) => p.file === path && p.severity === 'error' && WILL_NOT_START.test(p.message));
  return stop && `${stop.code}: ${stop.message}`;
}

async function brokerOutcome(path: string): Promise<Outcome['broker']> {
  try {
    const config = path.startsWith(CORPUS) ? { xml: configFromFile(path).xml } : configFromFile(path);
    const broker = await startBroker(config);
    await broker.stop();
    return 'started';
  } catch (error) {
    if (error instanceof UnrunnableConfig) return { unrunnable: error.message };
    if (error instanceof BrokerRefused) return OUTSIDE.test(error.reason) ? { unrunnable: error.reason } : { refused: error.reason };
    throw error;
  }
}

function files(): string[] {
  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => n.endsWith('.xml')).sort().map((n) => join(CORPUS, n)) : [];
  return [...PLANTED, ...corpus];
}

test('the broker refuses to start exactly when the linter reports an error that says so', async () => {
  const all = files();
  assert.ok(all.length > PLANTED.length, `no corpus at ${CORPUS} (set ACTIVEMQ_XML_CORPUS)`);
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (next < all.length) {
      const file = all[next++];
      outcomes.push({ file, predicted: linterPrediction(file), broker: await brokerOutcome(file) });
    }
  }));
  const disagreements = outcomes.filter((o) => typeof o.broker === 'string' || 'refused' in o.broker).filter((o) => (o.broker !== 'started') !== !!o.predicted);
  const unrunnable = outcomes.filter((o) => typeof o.broker === 'object' && 'unrunnable' in o.broker);
  console.log(`start-up: ${outcomes.length} configs, ${outcomes.length - unrunnable.length} run here, ${disagreements.length} disagreements; not run here:\n  ${unrunnable.map((o) => `${o.file}: ${(o.broker as { unrunnable: string }).unrunnable.slice(0, 200)}`).join('\n  ')}`);
  assert.deepEqual(disagreements.map((o) => `${o.file}: linter ${o.predicted ?? 'predicts a start'}; broker ${typeof o.broker === 'string' ? o.broker : JSON.stringify(o.broker)}`), []);
});

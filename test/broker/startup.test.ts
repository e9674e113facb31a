// Errors agree with start-up: the broker refuses to start exactly when the linter reports an error whose message
// says it will not start. For the example, the configs with planted errors, and every corpus file
// (ACTIVEMQ_XML_CORPUS, default ../shared/corpus/files) that the rewrite can run here; the others are listed with
// the reason, and so are the known exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runCli } from '../../server/src/cli';
import { BrokerRefused, configFromFile, startBroker } from './broker';
import { UnrunnableConfig } from './prepareConfig';

const CORPUS = resolve(process.env.ACTIVEMQ_XML_CORPUS ?? '../shared/corpus/files');
const PLANTED = ['examples/activemq.xml', 'examples/alfresco/activemq.xml', 'test/fixtures/transport/accepted-connectors.xml', 'test/suite/fixtures/missing-advisory.xml', 'test/suite/fixtures/plain.xml'];
const PARALLEL = Number(process.env.BROKER_PARALLEL ?? 2);

/** The credentials.properties the ActiveMQ distribution ships beside activemq.xml, for configs that load it. */
const DISTRIBUTION_CREDENTIALS = 'activemq.username=system\nactivemq.password=manager\nguest.password=password\n';

/**
 * Configs the broker refuses while the linter predicts a start, each with the reason (the linter checks the
 * security parts of the XSD, not all of it, and does not require xsi:schemaLocation).
 */
const KNOWN: Record<string, string> = {
  'test/fixtures/transport/accepted-connectors.xml': 'no xsi:schemaLocation ("cvc-elt.1.a: Cannot find the declaration of element \'beans\'"): the linter does not require one',
  '008-apache-activemq-examples-activemq-minimal.xml': 'XSD validation outside the security parts the linter checks (cvc-complex-type.2.4.a)',
  '023-apache-activemq-security_JaasDualAuthenticationNetworkBridge.xml': 'two Spring beans named \'openwire\' (BeanDefinitionParsingException): not a rule',
  '025-apache-activemq-usecases_sender-secured.xml': 'XSD validation of an attribute outside the security parts (cvc-complex-type.3.2.2)',
  '026-apache-activemq-usecases_receiver-secured.xml': 'XSD validation of an attribute outside the security parts (cvc-complex-type.3.2.2)',
  '028-apache-activemq-network_remoteBroker-advancedNetworkStatistics.xml': 'XSD validation outside the security parts (a newer broker\'s element or attribute)',
  '065-bsnyder-activemq-in-action-ch5_activemq-simple.xml': 'a schemaLocation the jars do not resolve (cvc-complex-type.2.4.c)',
  '066-bsnyder-activemq-in-action-ch5_activemq-authorization.xml': 'XSD validation outside the security parts (cvc-complex-type)',
  '082-starwit-trainings-activemq-classic-tutorial-single_conf_activemq.xml': 'XSD validation outside the security parts (cvc-complex-type)',
  '091-NessComputing-service-activemq-conf_activemq.xml': 'XSD validation of an attribute outside the security parts (cvc-complex-type.3.2.2)',
};

/** What stops a config here for reasons outside it (files or servers it names that this machine lacks). */
const OUTSIDE = /SpringSslContext|FileNotFoundException|ClassNotFoundException|CannotLoadBeanClassException|UnknownHostException|Connection refused|jdbc|DataSource|No bean named|Could not resolve placeholder/i;

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
    const config = path.startsWith(CORPUS) ? { xml: configFromFile(path).xml, files: {} } : configFromFile(path);
    config.files = { 'credentials.properties': DISTRIBUTION_CREDENTIALS, ...config.files };
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
  const ran = outcomes.filter((o) => typeof o.broker === 'string' || 'refused' in o.broker);
  const unrunnable = outcomes.filter((o) => typeof o.broker === 'object' && 'unrunnable' in o.broker);
  const disagreements = ran.filter((o) => (o.broker !== 'started') !== !!o.predicted);
  const known = (o: Outcome) => KNOWN[o.file] ?? KNOWN[basename(o.file)];
  console.log(`start-up: ${outcomes.length} configs, ${ran.length} run here, ${ran.length - disagreements.length} agree, ${disagreements.length} known exceptions:\n  ${disagreements.map((o) => `${o.file}: ${known(o) ?? 'NEW'}`).join('\n  ')}\nnot run here (files or servers they need):\n  ${unrunnable.map((o) => `${o.file}: ${(o.broker as { unrunnable: string }).unrunnable.slice(0, 160)}`).join('\n  ')}`);
  const describe = (o: Outcome) => `${o.file}: linter ${o.predicted ?? 'predicts a start'}; broker ${typeof o.broker === 'string' ? o.broker : JSON.stringify(o.broker)}`;
  assert.deepEqual(disagreements.filter((o) => !known(o)).map(describe), [], 'new disagreements');
  assert.deepEqual(ran.filter((o) => known(o) && !disagreements.includes(o)).map((o) => o.file), [], 'known exceptions that now agree: take them off KNOWN');
  assert.ok(ran.length >= 30, `only ${ran.length} configs ran`);
});

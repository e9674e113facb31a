// Errors agree with start-up: for the examples, the fixtures and every corpus config the rewrite can run, the broker
// refuses to start exactly when the linter reports a finding that says it will not start (startupPrediction.ts).
// Where they differ for a reason outside the linter's reach, the config is listed in startupExceptions.ts with that
// reason and the broker's words, so an exception cannot hide a different refusal.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from '../../server/src/service/languageService';
import { CORPUS_DIR, corpusFiles } from '../corpus';
import { configFromFile, startBroker, BrokerRefused, type BrokerConfig } from './broker';
import { brokerXml } from './configXml';
import { lintConfig } from './lintFindings';
import { startupResults, type StartupResult } from './startupCheck';
import { predictsRefusal } from './startupPrediction';
import { EXCEPTIONS, CORPUS_CONDITIONS, DISTRIBUTION_CREDENTIALS } from './startupExceptions';

interface Case {
  name: string;
  config: BrokerConfig;
}

function xmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith('.xml')).sort().map((n) => join(dir, n));
}

/** The files beside a project config, and the distribution's credentials.properties where it has none. */
function withCredentials(config: BrokerConfig): BrokerConfig {
  return { ...config, files: { 'credentials.properties': DISTRIBUTION_CREDENTIALS, ...config.files } };
}

const PROJECT_CASES: Case[] = ['examples/activemq.xml', 'examples/alfresco/activemq.xml', ...xmlFilesUnder('test/fixtures'), ...xmlFilesUnder('test/suite/fixtures')]
  .map((path) => ({ name: path, config: withCredentials(configFromFile(path)) }));

const corpusMissing = existsSync(CORPUS_DIR) ? undefined : `corpus not found at ${CORPUS_DIR} (set ACTIVEMQ_XML_CORPUS)`;
// Corpus files come alone; they get the credentials.properties every installed broker has beside activemq.xml.
// A template's source is not what a broker runs (its rendering is), so templates are left out: the linter reads them
// with their tags set aside, the broker would stop at the first tag.
const isTemplate = (text: string) => getLanguageService().parse(text).template !== undefined;
const CORPUS_CASES: Case[] = corpusMissing ? [] : corpusFiles().filter((f) => !isTemplate(f.text)).map((f) => ({
  name: `corpus/${f.name}`,
  config: { xml: f.text, files: { 'credentials.properties': DISTRIBUTION_CREDENTIALS } },
}));

// Asked of the launcher too, to show that the warm JVM's answers are the launcher's.
const LAUNCHER_CASES: Case[] = [
  { name: 'launcher/refused', config: { xml: brokerXml('<plugins><simpleAuthenticationPlugin/><authorizationPlugin/></plugins>') } },
  { name: 'launcher/started', config: { xml: brokerXml('<plugins><simpleAuthenticationPlugin/></plugins>') } },
];

const CASES = [...PROJECT_CASES, ...CORPUS_CASES, ...LAUNCHER_CASES];
let results: Map<string, StartupResult>;

before(async () => {
  const answers = await startupResults(CASES.map((c) => c.config));
  results = new Map(CASES.map((c, i) => [c.name, answers[i]]));
});

function checkAgreement(c: Case): void {
  const result = results.get(c.name)!;
  const exception = EXCEPTIONS[c.name];
  if (result.unrunnable) {
    assert.ok(exception?.unrunnable, `the rewrite cannot run ${c.name} (${result.unrunnable}) and no exception says why that is fine`);
    return;
  }
  const predicted = predictsRefusal(lintConfig(c.config));
  const why = `linter: ${predicted.map((f) => `${f.rule} "${f.message}"`).join('; ') || 'no start-up error'}; broker: ${result.started ? 'started' : result.reason}`;
  if (exception && !exception.unrunnable) {
    assert.notEqual(predicted.length > 0, !result.started, `${c.name} is listed as an exception (${exception.reason}) but now agrees: remove it. ${why}`);
    if (exception.brokerSays) assert.match(result.reason ?? 'started', exception.brokerSays, `${c.name}: the broker refuses for another reason than the exception's (${exception.reason})`);
    else assert.equal(result.started, true, why);
    return;
  }
  assert.equal(predicted.length > 0, !result.started, why);
}

describe('the broker refuses to start exactly when the linter reports a start-up error', { concurrency: true }, () => {
  for (const c of PROJECT_CASES) test(c.name, () => checkAgreement(c));
});

describe('corpus: the broker refuses to start exactly when the linter reports a start-up error', { concurrency: true, skip: corpusMissing }, () => {
  test(`conditions: ${CORPUS_CONDITIONS}`, () => assert.ok(CORPUS_CASES.length > 0));
  for (const c of CORPUS_CASES) test(c.name, () => checkAgreement(c));
});

test('every exception names a config that is checked', () => {
  const names = new Set(CASES.map((c) => c.name));
  const stale = Object.keys(EXCEPTIONS).filter((n) => !names.has(n) && !(corpusMissing && n.startsWith('corpus/')));
  assert.deepEqual(stale, []);
});

test('the warm-JVM check answers as the launcher does, for a refused and for a started config', async () => {
  for (const c of LAUNCHER_CASES) {
    const warm = results.get(c.name)!;
    const launcher = await startBroker(c.config).then(async (broker) => {
      await broker.stop();
      return { started: true, reason: undefined };
    }, (error: unknown) => {
      if (!(error instanceof BrokerRefused)) throw error;
      return { started: false, reason: error.reason };
    });
    assert.equal(warm.started, launcher.started, c.name);
    // The launcher prints the exception; the warm JVM adds its deepest cause, which ends both texts.
    if (!launcher.started) assert.ok(launcher.reason!.endsWith(warm.reason!.split(' | cause: ').pop()!.replace(/^[\w.]+: /, '')), `${launcher.reason}\n vs ${warm.reason}`);
  }
});

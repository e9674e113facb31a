// alfresco-global.properties checked against a broker config: each check with its exact range, a near miss, and
// its fix applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service/languageService';
import { clientsConnectingAs, readClientFile, ALFRESCO_PROFILE } from '../../../server/src/clientApps';
import { brokerConfig, securedBroker } from '../../helpers';

const CONNECTORS = `
    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>
      <transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>
    </transportConnectors>`;
const USERS = `          <authenticationUser username="alfresco" password="s3cret" groups="alfresco"/>
          <authenticationUser username="reader" password="r" groups="readers"/>
          <authenticationUser username="vault" password="\${alfresco.password}" groups="alfresco"/>`;
const ENTRIES = `              <authorizationEntry topic="VirtualTopic.alfresco.repo.events.nodes" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="alfresco,readers"/>`;
const SECURED = securedBroker(USERS, ENTRIES).replace('    <plugins>', `${CONNECTORS}\n    <plugins>`);
const OPEN = brokerConfig(CONNECTORS);

function check(properties: string, broker = SECURED): { diagnostics: Diagnostic[]; text: (d: Diagnostic) => string } {
  const service = getLanguageService();
  const context = service.context(service.parse(broker, 'file:///conf/activemq.xml'));
  const lines = TextDocument.create('file:///alfresco-global.properties', 'properties', 0, properties);
  const diagnostics = service.validateClientSettings(properties, 'file:///shared/classes/alfresco-global.properties', context);
  return { diagnostics, text: (d) => properties.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)) };
}

function codes(properties: string, broker = SECURED): string[] {
  return check(properties, broker).diagnostics.map((d) => String(d.code));
}

function applyFirstFix(properties: string, diagnostic: Diagnostic): string {
  const fix = (diagnostic.data as { fixes: { edits: { range: Range; newText: string }[] }[] }).fixes[0];
  const doc = TextDocument.create('file:///a.properties', 'properties', 0, properties);
  return TextDocument.applyEdits(doc, fix.edits);
}

const GOOD = 'messaging.broker.url=failover:(tcp://mq:61616)?timeout=3000\nmessaging.broker.username=alfresco\nmessaging.broker.password=s3cret\n';

test('a correct file against its broker: nothing to say', () => {
  assert.deepEqual(check(GOOD).diagnostics, []);
});

test('client-url-not-failover: on the scheme, fixed by wrapping the URL in failover:(...)', () => {
  const properties = GOOD.replace('failover:(tcp://mq:61616)?timeout=3000', 'tcp://mq:61616');
  const { diagnostics, text } = check(properties);
  const [found] = diagnostics.filter((d) => d.code === 'client-url-not-failover');
  assert.equal(text(found), 'tcp');
  assert.equal(found.source, 'activemq-xml');
  assert.match(applyFirstFix(properties, found), /^messaging\.broker\.url=failover:\(tcp:\/\/mq:61616\)\n/);
});

test('client-url-syntax: a scheme typo inside failover, fixed to the nearest scheme; backOffMultiplier renamed', () => {
  const properties = GOOD.replace('(tcp://mq:61616)?timeout=3000', '(tpc://mq:61616)?backOffMultiplier=2');
  const { diagnostics, text } = check(properties);
  const syntax = diagnostics.filter((d) => d.code === 'client-url-syntax');
  assert.deepEqual(syntax.map(text), ['tpc', 'backOffMultiplier']);
  assert.match(applyFirstFix(properties, syntax[0]), /failover:\(tcp:\/\/mq:61616\)/);
  assert.match(applyFirstFix(properties, syntax[1]), /\?reconnectDelayExponent=2/);
});

test('client-url-scheme-mismatch and client-url-no-connector: ssl:// against a tcp:// port, a port nobody serves', () => {
  const mismatch = check(GOOD.replace('tcp://mq:61616', 'ssl://mq:61616'));
  assert.deepEqual(mismatch.diagnostics.map((d) => [d.code, mismatch.text(d)]), [['client-url-scheme-mismatch', 'ssl']]);
  const nobody = check(GOOD.replace('tcp://mq:61616', 'tcp://mq:5672'));
  assert.deepEqual(nobody.diagnostics.map((d) => [d.code, nobody.text(d)]), [['client-url-no-connector', '5672']]);
});

test('connector near misses: one served broker in a failover list is enough; ssl:// to the ssl port; placeholders', () => {
  assert.deepEqual(codes(GOOD.replace('tcp://mq:61616', 'tcp://mq:61616,tcp://other:61699')), []);
  assert.deepEqual(codes(GOOD.replace('tcp://mq:61616', 'ssl://mq:61617')), []);
  assert.deepEqual(codes(GOOD.replace('tcp://mq:61616', 'tcp://mq:${mq.port}')), []);
  assert.deepEqual(codes(GOOD.replace('failover:(tcp://mq:61616)?timeout=3000', '${messaging.url}')), []);
});

test('client-no-username: exactly the error ActiveMQ gives, fixed by adding the property lines after the URL', () => {
  const properties = 'messaging.broker.url=failover:(tcp://mq:61616)\n';
  const { diagnostics, text } = check(properties);
  const [found] = diagnostics;
  assert.equal(found.code, 'client-no-username');
  assert.equal(text(found), 'messaging.broker.url');
  assert.match(String(found.message), /exactly "User name \[null\] or password is invalid\."/);
  assert.equal(applyFirstFix(properties, found), 'messaging.broker.url=failover:(tcp://mq:61616)\nmessaging.broker.username=\nmessaging.broker.password=\n');
  assert.deepEqual(codes(properties, OPEN), [], 'a broker without authentication needs no user');
});

test('client-no-password: the password line is added', () => {
  const properties = 'messaging.broker.url=failover:(tcp://mq:61616)\nmessaging.broker.username=alfresco\n';
  const [found] = check(properties).diagnostics;
  assert.equal(found.code, 'client-no-password');
  assert.match(applyFirstFix(properties, found), /\nmessaging\.broker\.password=$/m);
});

test('client-unknown-user and client-wrong-password on the values; placeholders are not judged', () => {
  const unknown = check(GOOD.replace('username=alfresco', 'username=admin'));
  assert.deepEqual(unknown.diagnostics.map((d) => [d.code, unknown.text(d)]), [['client-unknown-user', 'admin']]);
  const wrong = check(GOOD.replace('password=s3cret', 'password=secret'));
  assert.deepEqual(wrong.diagnostics.map((d) => [d.code, wrong.text(d)]), [['client-wrong-password', 'secret']]);
  assert.deepEqual(codes(GOOD.replace('password=s3cret', 'password=${mq.password}')), []);
  assert.deepEqual(codes(GOOD.replace('username=alfresco', 'username=vault').replace('s3cret', 'anything')), []);
});

test('client-missing-rights: the repository login needs write and admin on the events topic', () => {
  const { diagnostics, text } = check(GOOD.replace('username=alfresco', 'username=reader').replace('password=s3cret', 'password=r'));
  const rights = diagnostics.filter((d) => d.code === 'client-missing-rights');
  assert.deepEqual(rights.map(text), ['reader']);
  assert.match(String(rights[0].message), /lacks write and admin on topic:\/\/VirtualTopic\.alfresco\.repo\.events\.nodes/);
  assert.match(String(rights[0].message), /events never arrive/);
});

test('a module login (messaging.username / messaging.password) is checked on its own, for the consumer queue', () => {
  const module = 'messaging.username=reader\nmessaging.password=r\n';
  const { diagnostics, text } = check(GOOD + module);
  assert.deepEqual(diagnostics.map((d) => [d.code, text(d)]), [['client-missing-rights', 'reader']]);
  assert.match(String(diagnostics[0].message), /lacks read and admin on queue:\/\/Consumer\.ID\.VirtualTopic\.alfresco\.repo\.events\.nodes/);
  assert.deepEqual(codes(GOOD + 'messaging.username=alfresco\nmessaging.password=s3cret\n'), []);
  const noPassword = check(GOOD + 'messaging.username=alfresco\n');
  assert.deepEqual(noPassword.diagnostics.map((d) => [d.code, noPassword.text(d)]), [['client-no-password', 'messaging.username']]);
  assert.match(applyFirstFix(GOOD + 'messaging.username=alfresco\n', noPassword.diagnostics[0]), /\nmessaging\.password=/);
});

test('client-missing-rights: the two temp advisories missing for the same reason make one finding', () => {
  const broker = SECURED.replace('read="alfresco,readers"/>', 'read="readers"/>');
  const { diagnostics } = check(GOOD, broker);
  assert.equal(diagnostics.length, 1);
  assert.match(String(diagnostics[0].message), /lacks read on topic:\/\/ActiveMQ\.Advisory\.TempQueue and topic:\/\/ActiveMQ\.Advisory\.TempTopic/);
});

test('clientsConnectingAs: which client files log in as a broker user', () => {
  const a = readClientFile(GOOD, 'file:///a/alfresco-global.properties', ALFRESCO_PROFILE);
  const b = readClientFile(GOOD.replace('username=alfresco', 'username=other'), 'file:///b/alfresco-global.properties', ALFRESCO_PROFILE);
  const found = clientsConnectingAs('alfresco', [a, b]);
  assert.deepEqual(found.map((f) => [f.uri, GOOD.slice(f.span.start, f.span.end), f.property]), [['file:///a/alfresco-global.properties', 'alfresco', 'messaging.broker.username']]);
});

test('client rules follow the settings like every other rule: off drops a finding, a severity replaces the default', () => {
  const properties = GOOD.replace('failover:(tcp://mq:61616)?timeout=3000', 'tcp://mq:61616');
  const service = getLanguageService();
  const withRules = (rules: Record<string, 'off' | 'error'>) => {
    const context = service.context(service.parse(SECURED, 'file:///conf/activemq.xml'), { rules });
    return service.validateClientSettings(properties, 'file:///shared/classes/alfresco-global.properties', context).filter((d) => d.code === 'client-url-not-failover');
  };
  assert.equal(withRules({}).length, 1);
  assert.equal(withRules({}).at(0)!.severity, 2); // warning, the rule's default
  assert.deepEqual(withRules({ 'client-url-not-failover': 'off' }), []);
  assert.equal(withRules({ 'client-url-not-failover': 'error' }).at(0)!.severity, 1);
});

// More rules' run-time claims, shown by the broker: a <broker> without ActiveMQ's namespace and its quick fix, the
// Alfresco client's login and rights checks, and an sslContext whose key store is not there.
import { before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service/languageService';
import { filesFromMap } from '../../../server/src/base/files';
import { withBroker, type BrokerConfig } from '../broker';
import { brokerXml } from '../configXml';
import { alfrescoFindings, ruleFindings } from '../lintFindings';
import { login, openWire } from '../openwire';
import { startupResults, type StartupResult } from '../startupCheck';
import { verifies } from '../verifies';
import { securedXml } from './support';

const URI = 'file:///config/activemq.xml';

/** The config with the quick fixes of `rule` applied, each taken from the language service's code actions. */
function withQuickFix(config: BrokerConfig, rule: string): string {
  const service = getLanguageService();
  const doc = service.parse(config.xml, URI);
  const context = service.context(doc, undefined, filesFromMap(config.files ?? {}));
  const diagnostics = service.validate(doc).filter((d) => d.code === rule);
  assert.equal(diagnostics.length, 1, `${rule} findings`);
  const actions = service.codeActions(context, diagnostics[0].range, diagnostics, ['quickfix']).filter((a) => a.isPreferred);
  assert.equal(actions.length, 1, `preferred quick fixes for ${rule}`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'xml', 0, config.xml), (actions[0].edit?.changes?.[URI] ?? []) as TextEdit[]);
}


const ALL_TO_APPS = '<authorizationEntry queue=">" read="apps" write="apps" admin="apps"/>';
const URL = 'messaging.broker.url=failover:(tcp://activemq:61616)?timeout=3000\n';

// A Spring placeholder configurer, as ActiveMQ's own activemq.xml has, so that ${activemq.conf} resolves.
const PLACEHOLDERS = '<bean xmlns="http://www.springframework.org/schema/beans" class="org.springframework.beans.factory.config.PropertyPlaceholderConfigurer"/>\n  <broker';
const STARTUP: Record<string, BrokerConfig> = {
  bareBroker: { xml: brokerXml('').replace(' xmlns="http://activemq.apache.org/schema/core"', '') },
  // A root <broker> as documentation snippets print it: no namespace, no schema location.
  bareRootBroker: { xml: '<broker brokerName="probe">\n  <plugins>\n    <simpleAuthenticationPlugin><users><authenticationUser username="app" password="pw" groups="apps"/></users></simpleAuthenticationPlugin>\n  </plugins>\n</broker>\n' },
  missingKeyStore: {
    xml: brokerXml(`
  <sslContext><sslContext keyStore="\${activemq.conf}/broker.ks" keyStorePassword="password"/></sslContext>`).replace('<broker', PLACEHOLDERS),
    // credentials.properties beside it: the config sits in an ActiveMQ conf folder, whose files the linter may look at.
    files: { 'credentials.properties': 'activemq.username=system\n' },
  },
  // The same config without its sslContext: what refuses it is the store alone.
  withoutSslContext: { xml: brokerXml('').replace('<broker', PLACEHOLDERS), files: { 'credentials.properties': 'activemq.username=system\n' } },
};
STARTUP.bareBrokerFixed = { xml: withQuickFix(STARTUP.bareBroker, 'broker-namespace') };
STARTUP.bareRootBrokerFixed = { xml: withQuickFix(STARTUP.bareRootBroker, 'broker-namespace') };

let started: Record<string, StartupResult>;
before(async () => {
  const names = Object.keys(STARTUP);
  const answers = await startupResults(names.map((n) => STARTUP[n]));
  started = Object.fromEntries(names.map((n, i) => [n, answers[i]]));
});

describe('more rules on a real broker', { concurrency: 3 }, () => {
  verifies(['broker-namespace'], 'broker-namespace: a <broker> without xmlns under Spring\'s <beans> stops the broker with "cvc-complex-type.2.4.a: Invalid content was found starting with element \'{"http://www.springframework.org/schema/beans":broker}\'", a root one with "cvc-elt.1.a: Cannot find the declaration of element \'broker\'"; after the quick fix both start', async () => {
    for (const [name, brokerSays, schemaToo] of [
      ['bareBroker', /cvc-complex-type\.2\.4\.a: Invalid content was found starting with element '\{"http:\/\/www\.springframework\.org\/schema\/beans":broker\}'/, false],
      ['bareRootBroker', /cvc-elt\.1\.a: Cannot find the declaration of element 'broker'/, true],
    ] as const) {
      const [finding] = ruleFindings(STARTUP[name], 'broker-namespace');
      assert.match(finding.message, /^This <broker> declares no namespace: ActiveMQ will not load it without xmlns="http:\/\/activemq\.apache\.org\/schema\/core"/);
      assert.equal(finding.message.includes("and ActiveMQ's schema in xsi:schemaLocation"), schemaToo, finding.message);
      assert.equal(started[name].started, false, `the broker started from ${name}`);
      assert.match(started[name].reason!, brokerSays);
      const fixed = `${name}Fixed`;
      assert.deepEqual(ruleFindings(STARTUP[fixed], 'broker-namespace'), [], fixed);
      assert.deepEqual(started[fixed], { started: true }, fixed);
    }
  });

  verifies(['ssl-context'], 'ssl-context: an sslContext whose keyStore file does not exist stops the broker with SpringSslContext\'s "java.io.FileNotFoundException: ... broker.ks ... cannot be opened because it does not exist"', async () => {
    const [finding] = ruleFindings(STARTUP.missingKeyStore, 'ssl-context');
    assert.equal(finding.text, '${activemq.conf}/broker.ks');
    assert.match(finding.message, /^The keyStore file \/config\/broker\.ks does not exist .*: SpringSslContext fails at start-up and no TLS connector opens\.$/);
    assert.equal(started.missingKeyStore.started, false, 'the broker started without its key store');
    assert.match(started.missingKeyStore.reason!, /Cannot create inner bean .* of type \[org\.apache\.activemq\.spring\.SpringSslContext\]/);
    assert.match(started.missingKeyStore.reason!, /cause: java\.io\.FileNotFoundException: class path resource \[\S*\/conf\/broker\.ks\] cannot be opened because it does not exist$/);
    assert.deepEqual(ruleFindings(STARTUP.withoutSslContext, 'ssl-context'), []);
    assert.deepEqual(started.withoutSslContext, { started: true });
  });

  verifies(['client-no-password', 'client-unknown-user'], 'Alfresco client checks: a repository login without messaging.broker.password, or as a user the broker does not know, is refused at connect with "User name [<user>] or password is invalid."', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="alfresco" password="secret" groups="apps"/>',
      entries: `${ALL_TO_APPS}
<authorizationEntry topic=">" read="apps" write="apps" admin="apps"/>`,
    });
    const noPassword = alfrescoFindings(xml, `${URL}messaging.broker.username=alfresco\n`);
    assert.deepEqual(noPassword.map((f) => f.code), ['client-no-password']);
    assert.match(noPassword[0].message, /has no password and is refused with "User name \[alfresco\] or password is invalid\."$/);
    const unknown = alfrescoFindings(xml, `${URL}messaging.broker.username=repo\nmessaging.broker.password=secret\n`);
    assert.deepEqual(unknown.map((f) => f.code), ['client-unknown-user']);
    assert.match(unknown[0].message, /^"repo" is no user of the broker's simpleAuthenticationPlugin \(users: alfresco\); the login of the repository is refused with "User name \[repo\] or password is invalid\."$/);
    await withBroker({ xml }, {}, async (broker) => {
      assert.deepEqual(await openWire(broker.openwirePort, [login('alfresco', undefined), login('repo', 'secret'), login('alfresco', 'secret')]), [
        { step: 'login:alfresco:-', allowed: false, exception: 'JMSSecurityException', message: 'User name [alfresco] or password is invalid.' },
        { step: 'login:repo:secret', allowed: false, exception: 'JMSSecurityException', message: 'User name [repo] or password is invalid.' },
        { step: 'login:alfresco:secret', allowed: true },
      ]);
    });
  });

  verifies(['client-missing-rights'], 'client-missing-rights: a repository user who may only read VirtualTopic.> logs in, but its first node event is refused with "User alfresco is not authorized to write to: topic://VirtualTopic.alfresco.repo.events.nodes"', async () => {
    const xml = securedXml({
      users: '<authenticationUser username="alfresco" password="secret" groups="apps"/>',
      entries: `${ALL_TO_APPS}
<authorizationEntry topic="ActiveMQ.Advisory.>" read="apps" write="apps" admin="apps"/>
<authorizationEntry topic="VirtualTopic.>" read="apps"/>`,
    });
    const findings = alfrescoFindings(xml, `${URL}messaging.broker.username=alfresco\nmessaging.broker.password=secret\n`);
    assert.deepEqual(findings.map((f) => f.code), ['client-missing-rights']);
    assert.match(findings[0].message, /^"alfresco" \(groups: apps\) lacks write and admin on topic:\/\/VirtualTopic\.alfresco\.repo\.events\.nodes, needed because the repository publishes node events: without it the repository's event sends are refused with a JMSSecurityException \("User alfresco is not authorized to write to: topic:\/\/\.\.\."/);
    await withBroker({ xml }, {}, async (broker) => {
      assert.deepEqual(await openWire(broker.openwirePort, [login('alfresco', 'secret'), 'write:topic://VirtualTopic.alfresco.repo.events.nodes', 'write:queue://ANY']), [
        { step: 'login:alfresco:secret', allowed: true },
        { step: 'write:topic://VirtualTopic.alfresco.repo.events.nodes', allowed: false, exception: 'JMSSecurityException', message: 'User alfresco is not authorized to write to: topic://VirtualTopic.alfresco.repo.events.nodes' },
        { step: 'write:queue://ANY', allowed: true },
      ]);
    });
  });
});

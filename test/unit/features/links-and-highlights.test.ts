// Document links to the files a config names, highlights of a group's occurrences, going from a ${placeholder} to
// credentials.properties, and the reasons a rename is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, refusalOf, service } from './cursor';
import { filesFromMap, NO_FILES } from '../../../server/src/base/files';
import { fileUri, resolveConfigPath } from '../../../server/src/base/configPaths';
import { brokerConfig, securedBroker } from '../../helpers';

const USERS = '          <authenticationUser username="system" password="${system.password}" groups="users,admins"/>\n          <authenticationUser username="app" password="secret" groups="users"/>';
const CONF = '/opt/activemq/conf';

/** The shipped layout: Spring beans root with an import and the placeholder configurer, a broker with an sslContext. */
const SHIPPED = `<beans xmlns="http://www.springframework.org/schema/beans">
  <bean class="org.springframework.beans.factory.config.PropertyPlaceholderConfigurer">
    <property name="locations">
      <value>file:\${activemq.conf}/credentials.properties</value>
    </property>
  </bean>
  <broker xmlns="http://activemq.apache.org/schema/core">
    <sslContext>
      <sslContext keyStore="\${activemq.base}/keys/broker.ks" trustStore="broker.ts" keyStorePassword="\${ssl.password}"/>
    </sslContext>
  </broker>
  <import resource="jetty.xml"/>
  <import resource="classpath:missing.xml"/>
</beans>
`;

function linksOf(text: string, files = filesFromMap({ 'credentials.properties': 'a=b\n', 'jetty.xml': '<beans/>', '/opt/activemq/keys/broker.ks': 'k', '/opt/activemq/broker.ts': 't' }, CONF)) {
  const doc = service.parse(text, `file://${CONF}/activemq.xml`);
  const context = service.context(doc, undefined, files);
  return service.documentLinks(context).map((l) => ({ text: text.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)), target: l.target }));
}

test('links: stores, the Spring import and the file: resource open the files they name, resolved as bin/activemq does', () => {
  assert.deepEqual(linksOf(SHIPPED), [
    { text: 'file:${activemq.conf}/credentials.properties', target: 'file:///opt/activemq/conf/credentials.properties' },
    // ${activemq.base} is the parent of conf; a relative store is relative to the working directory, activemq.base.
    { text: '${activemq.base}/keys/broker.ks', target: 'file:///opt/activemq/keys/broker.ks' },
    { text: 'broker.ts', target: 'file:///opt/activemq/broker.ts' },
    // An import is relative to the importing file.
    { text: 'jetty.xml', target: 'file:///opt/activemq/conf/jetty.xml' },
  ]);
});

test('links: nothing for files that do not exist, classpath: resources, unknown placeholders or an unsaved document', () => {
  assert.deepEqual(linksOf(SHIPPED, filesFromMap({}, CONF)), []);
  assert.deepEqual(linksOf(SHIPPED.replace('${activemq.base}/keys', '${keys.dir}'), filesFromMap({ '/opt/activemq/keys/broker.ks': 'k' }, CONF)), []);
  assert.deepEqual(linksOf(SHIPPED, NO_FILES), []);
});

test('links: the settings activemqConf and activemqBase win over the folder of the file', () => {
  const doc = service.parse(SHIPPED, `file://${CONF}/activemq.xml`);
  const files = filesFromMap({ '/etc/amq/credentials.properties': 'a=b', '/srv/amq/keys/broker.ks': 'k' }, CONF);
  const context = service.context(doc, { activemqConf: '/etc/amq', activemqBase: '/srv/amq' }, files);
  assert.deepEqual(service.documentLinks(context).map((l) => l.target), ['file:///etc/amq/credentials.properties', 'file:///srv/amq/keys/broker.ks']);
});

test('resolveConfigPath and fileUri: file: URLs, Windows folders, encoded segments', () => {
  const files = filesFromMap({}, 'C:\\ActiveMQ\\conf');
  assert.equal(resolveConfigPath('file:///C:/keys/b.ks', files, {}, 'workingDirectory'), 'C:/keys/b.ks');
  assert.equal(resolveConfigPath('${activemq.base}/b.ks', files, {}, 'workingDirectory'), 'C:/ActiveMQ/b.ks');
  assert.equal(resolveConfigPath('jetty.xml', files, {}, 'document'), 'C:/ActiveMQ/conf/jetty.xml');
  assert.equal(resolveConfigPath('classpath:jetty.xml', files, {}, 'document'), undefined);
  assert.equal(fileUri('C:/ActiveMQ/my keys/b#1.ks'), 'file:///C:/ActiveMQ/my%20keys/b%231.ks');
  assert.equal(fileUri('/opt/a b/c'), 'file:///opt/a%20b/c');
});

test('highlights: every place a group is named, users as declarations (write) and entries as grants (read)', () => {
  const { text, doc, context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="us|ers" write="admins, users"/>'));
  const highlights = service.documentHighlights(context, position).map((h) => ({ at: doc.offsetAt(h.range.start), text: text.slice(doc.offsetAt(h.range.start), doc.offsetAt(h.range.end)), kind: h.kind }));
  assert.deepEqual(highlights.map((h) => [h.text, h.kind]), [['users', 3], ['users', 3], ['users', 2], ['users', 2]]);
  assert.deepEqual(highlights.map((h) => h.at), [...text.matchAll(/users(?=[,"])/g)].map((m) => m.index).filter((i) => text.slice(i - 8, i) !== 'username'));
  const onPattern = at(securedBroker(USERS, '<authorizationEntry queue="A|" read="users"/>'));
  assert.deepEqual(service.documentHighlights(onPattern.context, onPattern.position), []);
});

test('definition of a ${placeholder} is its key in credentials.properties beside the config', () => {
  const files = filesFromMap({ 'credentials.properties': '# broker\nactivemq.username=system\nsystem.password=manager\n' }, CONF);
  const { context, position } = at(securedBroker(USERS.replace('${system.pass', '${system.pa|ss'), '<authorizationEntry queue="A" read="users"/>'), files);
  assert.deepEqual(service.definition(context, position), [{ uri: 'file:///opt/activemq/conf/credentials.properties', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 15 } } }]);
  const undefinedKey = at(securedBroker(USERS.replace('${system.pass', '${system.pa|ss'), '<authorizationEntry queue="A" read="users"/>'), filesFromMap({ 'credentials.properties': 'other=1\n' }, CONF));
  assert.deepEqual(service.definition(undefinedKey.context, undefinedKey.position), []);
  const outside = at(securedBroker(USERS.replace('password="secret"', 'password="sec|ret"'), '<authorizationEntry queue="A" read="users"/>'), files);
  assert.deepEqual(service.definition(outside.context, outside.position), []);
});

test('rename of the wildcard group `*` is refused with the reason, before a name is asked for', () => {
  const { context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="*|"/>'));
  assert.match(refusalOf(service.prepareRename(context, position)) ?? 'not refused', /wildcard \(any authenticated connection\)/);
  assert.match(refusalOf(service.rename(context, position, 'everyone')) ?? 'not refused', /wildcard/);
});

test('links and highlights stay empty, without throwing, for a half-typed document', () => {
  const half = brokerConfig('<sslContext><sslContext keyStore="file:${activemq.conf}/b');
  const doc = service.parse(half, `file://${CONF}/activemq.xml`);
  const context = service.context(doc, undefined, filesFromMap({}, CONF));
  assert.deepEqual(service.documentLinks(context), []);
  assert.deepEqual(service.documentHighlights(context, doc.positionAt(half.length - 2)), []);
});

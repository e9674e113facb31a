// More of the editor's view: CRLF and amq:-prefixed files, placeholders, users, attribute and value completion,
// the whole text after a rename, and the shipped example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applied, at, completionLabels, hoverText, refusalOf, renameEdits, service } from './cursor';
import { filesFromMap } from '../../../server/src/base/files';
import { securedBroker } from '../../helpers';
import type { TextEdit } from 'vscode-languageserver-types';

const USERS = '          <authenticationUser username="system" password="${system.password}" groups="users,admins"/>\n          <authenticationUser username="app" password="${app.password}" groups="users"/>';

const PREFIXED = `<beans xmlns="http://www.springframework.org/schema/beans" xmlns:amq="http://activemq.apache.org/schema/core">
  <amq:broker brokerName="b">
    <amq:plugins>
      <amq:simpleAuthenticationPlugin>
        <amq:users>
          <amq:authenticationUser username="app" password="secret" groups="apps"/>
        </amq:users>
      </amq:simpleAuthenticationPlugin>
      <amq:authorizationPlugin>
        <amq:map>
          <amq:authorizationMap>
            <amq:authorizationEntries>
              <amq:authorizationEntry queue="ORDERS.>" read="apps" write="apps"/>
              @
            </amq:authorizationEntries>
          </amq:authorizationMap>
        </amq:map>
      </amq:authorizationPlugin>
    </amq:plugins>
  </amq:broker>
</beans>
`;

test('amq: prefix: element completion keeps the prefix, hover works on start and end tags', () => {
  const { context, position } = at(PREFIXED.replace('@', '<|'));
  const items = service.completion(context, position).items;
  assert.deepEqual(items.map((i) => i.label), ['authorizationEntry']);
  assert.equal(items[0].textEdit?.newText, '<amq:authorizationEntry queue="$1" read="$2" write="$3" admin="$4"/>');
  assert.match(hoverText(PREFIXED.replace('<amq:map>', '<amq:m|ap>').replace('@', '')), /\*\*map\*\*/);
  assert.match(hoverText(PREFIXED.replace('</amq:authorizationMap>', '</amq:authori|zationMap>').replace('@', '')), /\*\*authorizationMap\*\*/);
});

test('CRLF: hover ranges and a rename land on the same characters as with LF', () => {
  const marked = securedBroker(USERS, '<authorizationEntry queue="A" read="users" write="us|ers"/>').replace(/\n/g, '\r\n');
  const { text, doc, context, position } = at(marked);
  const hover = service.hover(context, position)!;
  assert.equal(text.slice(doc.offsetAt(hover.range!.start), doc.offsetAt(hover.range!.end)), 'users');
  const renamed = applied(doc, text, renameEdits(service.rename(context, position, 'members'), doc.uri));
  assert.equal(renamed, text.replace(/"users,admins"/, '"members,admins"').replace(/groups="users"/, 'groups="members"').replace('read="users" write="users"', 'read="members" write="members"'));
});

test('rename gives the whole expected text, and refuses names ActiveMQ would not read back', () => {
  const { text, doc, context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="adm|ins, users"/>'));
  const renamed = applied(doc, text, renameEdits(service.rename(context, position, 'operators'), doc.uri));
  assert.equal(renamed, text.replace('groups="users,admins"', 'groups="users,operators"').replace('read="admins, users"', 'read="operators, users"'));
  const refusals: [string, RegExp][] = [['', /needs a name/], [' ops', /trims/], ['ops ', /trims/], ['a,b', /several groups: ActiveMQ splits group lists at commas/], ['*', /wildcard/], ['a&b', /XML attribute/]];
  for (const [bad, why] of refusals) assert.match(refusalOf(service.rename(context, position, bad)) ?? 'not refused', why, JSON.stringify(bad));
  const onUser = at(securedBroker(USERS.replace('username="app"', 'username="a|pp"'), '<authorizationEntry queue="A" read="users"/>'));
  assert.equal(service.prepareRename(onUser.context, onUser.position), null);
});

test('hover over a user names its groups and what they are granted', () => {
  const text = hoverText(securedBroker(USERS.replace('username="app"', 'username="a|pp"'), '<authorizationEntry queue="A" read="users" write="admins"/>'));
  assert.match(text, /Groups: `users`/);
  assert.match(text, /read on 1 entries, write on 0 entries/);
});

test('hover over a group nobody has says so', () => {
  assert.match(hoverText(securedBroker(USERS, '<authorizationEntry queue="A" read="nob|ody"/>')), /Members: no user of this file/);
});

test('hover over a placeholder: credentials.properties line, masked password, bin/activemq properties', () => {
  const files = filesFromMap({ 'credentials.properties': '# broker\nactivemq.username=system\nsystem.password=manager\n' }, '/opt/activemq/conf');
  const password = hoverText(securedBroker(USERS.replace('${system.password}', '${system.pass|word}'), '<authorizationEntry queue="A" read="users"/>'), files);
  assert.match(password, /credentials.properties` beside this file, line 3/);
  assert.match(password, /system.password=••••••/);
  assert.doesNotMatch(password, /manager/);
  const conf = hoverText(securedBroker(USERS, '<authorizationEntry queue="A" read="users"/>').replace('<broker ', '<broker dataDirectory="${activemq.da|ta}" '), files);
  assert.match(conf, /bin\/activemq/);
  assert.match(conf, /`\/opt\/activemq\/data`/);
  const missing = hoverText(securedBroker(USERS.replace('${app.password}', '${app.pass|word}'), '<authorizationEntry queue="A" read="users"/>'), files);
  assert.match(missing, /has no `app.password`/);
  const byAttribute = hoverText(securedBroker(USERS.replace('${app.password}', '${app.cre|d}'), '<authorizationEntry queue="A" read="users"/>'), filesFromMap({ 'credentials.properties': 'app.cred=hunter2\n' }));
  assert.match(byAttribute, /app.cred=••••••/);
  const username = hoverText(securedBroker(USERS.replace('username="system"', 'username="${activemq.user|name}"'), '<authorizationEntry queue="A" read="users"/>'), files);
  assert.match(username, /line 2:\n\n```properties\nactivemq.username=system\n```/);
  assert.doesNotMatch(byAttribute, /hunter2/);
});

test('attribute names not yet present, and true/false for booleans', () => {
  const names = completionLabels(securedBroker(USERS, '<authorizationEntry queue="A" read="users" |/>'));
  assert.ok(names.includes('write') && names.includes('admin') && !names.includes('read') && !names.includes('queue'), names.join());
  const { context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="users"/>').replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="tr|">'));
  const items = service.completion(context, position).items;
  assert.deepEqual(items.map((i) => i.label), ['true', 'false']);
  assert.equal(items[0].textEdit && 'range' in items[0].textEdit ? items[0].textEdit.range.end.character - items[0].textEdit.range.start.character : -1, 2);
});

test('pattern completion replaces only the part typed after the last comma', () => {
  const { context, position } = at(securedBroker(USERS, '<authorizationEntry topic="FOO,ActiveMQ.Adv|" read="users"/>'));
  const advisory = service.completion(context, position).items.find((i) => i.label === 'ActiveMQ.Advisory.>')!;
  assert.ok(advisory.detail);
  assert.ok(advisory.textEdit && 'range' in advisory.textEdit);
  assert.equal(advisory.textEdit.range.end.character - advisory.textEdit.range.start.character, 'ActiveMQ.Adv'.length);
});

test('the shipped example: hover on a pattern, a group and plugins; completion inside plugins', () => {
  const example = readFileSync('examples/activemq.xml', 'utf8');
  const nodes = hoverText(example.replace('VirtualTopic.alfresco.repo.events.nodes"', 'VirtualTopic.alfresco.repo.events.no|des"'));
  assert.match(nodes, /Effective on e.g./);
  assert.match(hoverText(example.replace('groups="guests"', 'groups="gue|sts"')), /Members: `guest`/);
  assert.match(hoverText(example.replace('<plugins>', '<plu|gins>')), /\*\*plugins\*\*/);
  assert.ok(completionLabels(example.replace('<plugins>', '<plugins>\n<|')).includes('authorizationPlugin'));
});

test('element and attribute completion follow ActiveMQ\'s vocabulary, documented names first', () => {
  const empty = securedBroker(USERS, '<authorizationEntry queue="A" read="users"/>');
  const inMap = completionLabels(empty.replace('<map>', '<map>\n<|'));
  assert.deepEqual(inMap.slice(0, 2), ['authorizationMap', 'cachedLDAPAuthorizationMap']);
  assert.ok(inMap.includes('simpleAuthorizationMap'));
  assert.ok(completionLabels(empty.replace('<authorizationMap>', '<authorizationMap>\n<|')).includes('defaultEntry'));
  const connector = completionLabels(empty.replace('<plugins>', '<transportConnectors><transportConnector name="a" |/></transportConnectors>\n<plugins>'));
  assert.equal(connector[0], 'uri');
  assert.ok(connector.length > 2 && !connector.includes('name'));
});

test('half-typed tag and attribute names at the end of a cut-off document', () => {
  const full = securedBroker(USERS, '<authorizationEntry queue="A" read="users"/>');
  const cut = full.slice(0, full.indexOf('<authorizationEntry'));
  assert.deepEqual(completionLabels(`${cut}<auth|`), ['authorizationEntry']);
  const typing = at(`${cut}<authorizationEntry que|`);
  const queue = service.completion(typing.context, typing.position).items.find((i) => i.label === 'queue')!;
  assert.equal(applied(typing.doc, typing.text, [queue.textEdit as TextEdit]), `${cut}<authorizationEntry queue="$1"`);
  const renaming = at(full.replace('<authorizationEntry queue', '<authorizationEntry qu|eue'));
  const topic = service.completion(renaming.context, renaming.position).items.find((i) => i.label === 'topic')!;
  assert.equal(applied(renaming.doc, renaming.text, [topic.textEdit as TextEdit]), full.replace('<authorizationEntry queue', '<authorizationEntry topic'));
});

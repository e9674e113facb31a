// Structure rules: each triggers with its exact range, a near miss stays silent, and fixes leave valid XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';

const USER = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';
const ENTRY = '              <authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>';

test('missing-attribute: no username is an error, no password a warning, at the element name', () => {
  const text = securedBroker('          <authenticationUser password="x" groups="users"/>\n          <authenticationUser username="b" groups="users"/>', ENTRY);
  const found = findings(text, 'missing-attribute');
  assert.deepEqual(found.map((f) => [f.text, f.severity]), [['authenticationUser', 'error'], ['authenticationUser', 'warning']]);
  assert.match(found[1].message, /User name \[b\] or password is invalid/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'missing-attribute'), []);
});

test('entry-destination: none, two, empty, and temp attributes among the entries', () => {
  const text = securedBroker(USER, [
    '<authorizationEntry read="users"/>',
    '<authorizationEntry queue="A" topic="A" read="users"/>',
    '<authorizationEntry queue="" read="users"/>',
    '<authorizationEntry topic="B" queue="B" read="users"/>',
    '<authorizationEntry tempQueue="true" read="users"/>',
  ].join('\n'));
  const found = findings(text, 'entry-destination');
  // queue= and topic= on one entry: the topic survives in either order (broker test: entry-destination).
  assert.deepEqual(found.map((f) => f.text), ['authorizationEntry', 'queue', 'queue', 'queue', 'tempQueue']);
  assert.match(found[0].message, /NullPointerException/);
  assert.match(found[1].message, /ignores this `queue`: .*`topic="A"` of the same entry replaces it/);
  assert.match(found[3].message, /ignores this `queue`: .*`topic="B"`/);
  assert.match(found[4].message, /tempDestinationAuthorizationEntry/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'entry-destination'), []);
});

test('missing-element: no map, no authorizationEntries (with a fix), a foreign element among entries', () => {
  const noMap = brokerConfig(`    <plugins><simpleAuthenticationPlugin/><authorizationPlugin/></plugins>`);
  assert.deepEqual(findings(noMap, 'missing-element').map((f) => f.text), ['authorizationPlugin']);
  const noEntries = brokerConfig(`    <plugins>\n      <authorizationPlugin>\n        <map>\n          <authorizationMap>\n          </authorizationMap>\n        </map>\n      </authorizationPlugin>\n    </plugins>`);
  const [f] = findings(noEntries, 'missing-element');
  assert.equal(f.text, 'authorizationMap');
  assert.match(fixRemoves(noEntries, f), /<authorizationMap>\n            <authorizationEntries>\n            <\/authorizationEntries>\n          <\/authorizationMap>/);
  const foreign = securedBroker(USER, '<tempDestinationAuthorizationEntry read="users"/>');
  assert.match(findings(foreign, 'missing-element')[0].message, /ClassCastException/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'missing-element'), []);
});

test('entry-no-rights and user-without-groups', () => {
  const text = securedBroker('          <authenticationUser username="lonely" password="${p}"/>', '<authorizationEntry queue="A"/>');
  assert.deepEqual(findings(text, 'entry-no-rights').map((f) => f.text), ['authorizationEntry']);
  const users = findings(text, 'user-without-groups');
  assert.equal(users[0].text, 'authenticationUser');
  assert.match(users[0].message, /`lonely` has no groups/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'entry-no-rights'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'user-without-groups'), []);
});

test('duplicate-user: the earlier definition is reported, naming the line that wins', () => {
  const text = securedBroker(`${USER}\n          <authenticationUser username="app" password="x" groups="admins"/>`, ENTRY);
  const [f] = findings(text, 'duplicate-user');
  assert.equal(f.text, 'app');
  assert.equal(f.line, 5);
  assert.match(f.message, /defined again at line 7/);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'duplicate-user'), []);
});

test('plugin-placement: outside <plugins>, twice, and a second <plugins>', () => {
  const text = brokerConfig(`    <simpleAuthenticationPlugin/>\n    <plugins><authorizationPlugin/><authorizationPlugin/></plugins>\n    <plugins/>`);
  const found = findings(text, 'plugin-placement');
  assert.deepEqual(found.map((f) => [f.text, f.line]), [['simpleAuthenticationPlugin', 2], ['authorizationPlugin', 3], ['plugins', 4]]);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'plugin-placement'), []);
});

test('no-authentication: authorization alone, fixed by inserting a simpleAuthenticationPlugin', () => {
  const text = brokerConfig(`    <plugins>\n      <authorizationPlugin>\n        <map><authorizationMap><authorizationEntries/></authorizationMap></map>\n      </authorizationPlugin>\n    </plugins>`);
  const [f] = findings(text, 'no-authentication');
  assert.equal(f.text, 'authorizationPlugin');
  assert.match(f.message, /User is not authenticated/);
  const fixed = fixRemoves(text, f);
  assert.match(fixed, /<plugins>\n      <simpleAuthenticationPlugin>\n        <users>\n          <authenticationUser /);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'no-authentication'), []);
});

test('list-syntax: blanks and space separators are reported, spaces after commas are not', () => {
  const text = securedBroker(USER, '<authorizationEntry queue="A" read="admins users" write="a, ,b" admin="admins, users"/>');
  const found = findings(text, 'list-syntax');
  assert.deepEqual(found.map((f) => f.text), ['admins users', ' ']);
  assert.match(found[0].message, /ONE group/);
  assert.match(fixRemoves(text, found[0]), /read="admins,users"/);
});

test('no-users and no-authorization', () => {
  const noUsers = brokerConfig('    <plugins><simpleAuthenticationPlugin/></plugins>');
  assert.deepEqual(findings(noUsers, 'no-users').map((f) => f.text), ['simpleAuthenticationPlugin']);
  assert.deepEqual(findings(noUsers, 'no-authorization'), [], 'nobody logs in: there is nobody for authorization to limit');
  const anonymous = brokerConfig('    <plugins><simpleAuthenticationPlugin anonymousAccessAllowed="true"/></plugins>');
  assert.deepEqual(findings(anonymous, 'no-users'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'no-authorization'), []);
  const withUsers = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin>\n        <users>\n${USER}\n        </users>\n      </simpleAuthenticationPlugin>\n    </plugins>`);
  const [f] = findings(withUsers, 'no-authorization');
  const fixed = fixRemoves(withUsers, f);
  assert.match(fixed, /<\/simpleAuthenticationPlugin>\n      <authorizationPlugin>\n        <map>/);
  assert.match(fixed, /<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"\/>/);
  assert.deepEqual(findings(fixed, 'advisory-access'), []);
});

test('jaas-configuration: the default entry name missing from login.config beside the file; silent without one', () => {
  const text = brokerConfig('    <plugins><jaasAuthenticationPlugin/></plugins>');
  const [f] = findings(text, 'jaas-configuration', undefined, { 'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required;\n};\n' });
  assert.equal(f.text, 'jaasAuthenticationPlugin');
  assert.match(f.message, /"activemq-domain".*it has `activemq`/);
  const named = brokerConfig('    <plugins><jaasAuthenticationPlugin configuration="activemq"/></plugins>');
  assert.deepEqual(findings(named, 'jaas-configuration', undefined, { 'login.config': 'activemq { x required; };' }), []);
  assert.deepEqual(findings(text, 'jaas-configuration'), []);
});

test('unknown-element: misspelt, wrong case and wrong depth, with a rename fix; Spring beans and untyped lists pass', () => {
  const text = securedBroker(USER, ENTRY).replace('<authorizationEntries>', '<authorizationEntrys>').replace('</authorizationEntries>', '</authorizationEntrys>');
  const [f] = findings(text, 'unknown-element');
  assert.equal(f.text, 'authorizationEntrys');
  assert.match(f.message, /did you mean <authorizationEntries>/);
  assert.match(fixRemoves(text, f), /<authorizationEntries>[\s\S]*<\/authorizationEntries>/);
  const caseText = securedBroker(USER, ENTRY).replace('<authorizationPlugin>', '<AuthorizationPlugin>').replace('</authorizationPlugin>', '</AuthorizationPlugin>');
  assert.match(findings(caseText, 'unknown-element')[0].message, /did you mean <authorizationPlugin>/);
  const depth = brokerConfig('    <plugins><simpleAuthenticationPlugin/><authorizationPlugin><map><authorizationMap>\n      <authorizationEntry queue=">" read="a"/>\n    </authorizationMap></map></authorizationPlugin></plugins>');
  assert.match(findings(depth, 'unknown-element')[0].message, /belongs inside <authorizationEntries>/);
  const bean = brokerConfig('    <plugins><bean xmlns="http://www.springframework.org/schema/beans" class="x.Y"/><loggingBrokerPlugin/></plugins>');
  assert.deepEqual(findings(bean, 'unknown-element'), []);
  assert.deepEqual(findings(securedBroker(USER, ENTRY), 'unknown-element'), []);
});

test('unknown-attribute: a name the element lacks (with the nearest) and a value of the wrong type; placeholders pass', () => {
  const text = securedBroker(USER, '<authorizationEntry queue=">" group="users" reed="users"/>').replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="yes">');
  const found = findings(text, 'unknown-attribute');
  assert.deepEqual(found.map((f) => f.text), ['yes', 'group', 'reed']);
  assert.match(found[0].message, /must be true or false/);
  assert.match(found[2].message, /did you mean `read`/);
  assert.match(fixRemoves(text, found[2]), /queue=">" group="users" read="users"/);
  const placeholders = securedBroker(USER, ENTRY).replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="${anon}" xmlns:x="urn:x" x:any="1" id="auth">');
  assert.deepEqual(findings(placeholders, 'unknown-attribute'), []);
});

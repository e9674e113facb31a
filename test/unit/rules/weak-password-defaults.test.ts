// weak-password through credentials.properties values that are themselves placeholders with a default:
// `activemq.password=${ACTIVEMQ_PASSWORD:manager}` is `manager` unless ACTIVEMQ_PASSWORD is set. ActiveMQ 5.17.2
// (Spring 5.3.22) and 6.1.0 (Spring 6.1.4) load credentials.properties with Spring's PropertyPlaceholderConfigurer
// (assembly/src/release/conf/activemq.xml), which resolves placeholders inside resolved values and takes the
// `:default` when the name is in neither the properties, the system properties nor the environment.
// Tried on ActiveMQ 5.17.2 (Debian) with that line in credentials.properties and password="${activemq.password}":
// system/manager logs in; with ACTIVEMQ_PASSWORD set in the broker's environment, manager is refused and the
// variable's value logs in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, NS } from '../../helpers';

const config = (password: string) =>
  `<broker xmlns="${NS}"><plugins><simpleAuthenticationPlugin><users><authenticationUser username="system" password="${password}" groups="admins"/></users></simpleAuthenticationPlugin></plugins></broker>`;
const weak = (properties: string, password = '${activemq.password}') =>
  findings(config(password), 'weak-password', undefined, { 'credentials.properties': properties }).map((r) => r.message);

test('a weak default in a credentials.properties value is judged, and the message says it holds unless the variable is set', () => {
  assert.deepEqual(weak('activemq.password=${ACTIVEMQ_PASSWORD:manager}\n'), [
    'The password of `system` (its value in credentials.properties (activemq.password): the default of `${ACTIVEMQ_PASSWORD:manager}`, which holds unless ACTIVEMQ_PASSWORD is set as a JVM system property or environment variable) is "manager", a password that documentation and distributions ship: it is among the first anybody tries.',
  ]);
  assert.match(weak('activemq.password=${ACTIVEMQ_PASSWORD:system}\n')[0], /the default of `\$\{ACTIVEMQ_PASSWORD:system\}`.* equals the username/);
});

test('a name the properties define is followed there first, as Spring does', () => {
  assert.deepEqual(weak('activemq.password=${ACTIVEMQ_PASSWORD:Xq7-long-random}\nACTIVEMQ_PASSWORD=password\n').length, 1);
  assert.match(weak('activemq.password=${ACTIVEMQ_PASSWORD:Xq7-long-random}\nACTIVEMQ_PASSWORD=password\n')[0], /credentials\.properties \(activemq\.password → ACTIVEMQ_PASSWORD\)\) is "password"/);
  assert.deepEqual(weak('activemq.password=${ACTIVEMQ_PASSWORD:manager}\nACTIVEMQ_PASSWORD=Xq7-long-random\n'), [], 'the defined value wins over the weak default');
});

test('no finding where the value cannot be known or the default is strong', () => {
  assert.deepEqual(weak('activemq.password=${ACTIVEMQ_PASSWORD}\n'), [], 'no default: the environment decides');
  assert.deepEqual(weak('activemq.password=${ACTIVEMQ_PASSWORD:Xq7-long-random}\n'), []);
  assert.deepEqual(weak('activemq.password=${A}\nA=${activemq.password}\n'), [], 'a circular chain says nothing');
  assert.deepEqual(weak('activemq.password=pre-${ACTIVEMQ_PASSWORD:manager}\n'), [], 'a default inside a longer value is not the password');
});

// weak-password: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../server/src/service/languageService';
import { filesFromMap } from '../../../server/src/base/files';
import { brokerConfig, findings, NS, securedBroker } from '../../helpers';
import { USER, ADVISORY } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('weak-password', {
  valid: [securedBroker(USER, ADVISORY), { name: 'a strong value in credentials.properties', text: securedBroker('          <authenticationUser username="system" password="${activemq.password}" groups="admins"/>', ADVISORY), files: { 'credentials.properties': 'activemq.password=Zq8#long-random\n' } }],
  invalid: [
    {
      name: 'a shipped password through credentials.properties, and one equal to the username',
      text: securedBroker('          <authenticationUser username="system" password="[[${activemq.password}]]" groups="admins"/>\n          <authenticationUser username="bob" password="[[bob]]" groups="admins"/>', ADVISORY),
      files: { 'credentials.properties': 'activemq.password=manager\n' },
      expect: [{ message: /credentials.properties \(activemq.password\)\) is "manager"/, severity: 'warning' }, { message: /The password of `bob` equals the username/, severity: 'warning' }],
    },
  ],
});

test('weak-password: shipped passwords, also through credentials.properties', () => {
  const text = securedBroker('          <authenticationUser username="system" password="${activemq.password}" groups="admins"/>\n          <authenticationUser username="bob" password="bob" groups="admins"/>', ADVISORY);
  const weak = findings(text, 'weak-password', undefined, { 'credentials.properties': 'activemq.password=manager\n' });
  assert.deepEqual(weak.map((f) => f.text), ['${activemq.password}', 'bob']);
  assert.match(weak[0].message, /credentials.properties \(activemq.password\)\) is "manager"/);
  assert.match(weak[1].message, /equals the username/);
  assert.deepEqual(findings(text, 'weak-password', undefined, { 'credentials.properties': 'activemq.password=Zq8#long-random\n' }).map((f) => f.text), ['bob']);
});

test('weak-password with JAAS: the users file login.config names (the distribution\'s admin=admin), on the plugin\'s configuration', () => {
  const text = brokerConfig(`    <plugins>\n      <jaasAuthenticationPlugin configuration="activemq"/>\n    </plugins>`);
  const loginConfig = 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n';
  const weak = findings(text, 'weak-password', undefined, { 'login.config': loginConfig, 'users.properties': '# users\nadmin=admin\napp=Kx9-long-and-random\nops=changeme\n' });
  assert.deepEqual(weak.map((f) => f.text), ['activemq', 'activemq']);
  assert.match(weak[0].message, /^users\.properties \(line 2\), the users file login\.config gives this plugin, holds `admin` whose password equals the username/);
  assert.match(weak[1].message, /\(line 4\).*`ops` whose password is "changeme"/);
  // The editor links the finding to the line in users.properties.
  const [place] = weak[0].problem.finding.related!;
  assert.deepEqual([place.in?.uri, place.in?.text.slice(place.span.start, place.span.end), place.span.start], ['file:///config/users.properties', 'admin', '# users\nadmin='.length]);
  const service = getLanguageService();
  const jaasFiles = filesFromMap({ 'login.config': loginConfig, 'users.properties': '# users\nadmin=admin\n' });
  const [diagnostic] = service.validate(service.parse(text, 'file:///config/activemq.xml'), undefined, jaasFiles).filter((d) => d.code === 'weak-password');
  assert.deepEqual(diagnostic.relatedInformation?.[0].location, { uri: 'file:///config/users.properties', range: { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } } });
  assert.deepEqual(findings(text, 'weak-password', undefined, { 'login.config': loginConfig }), [], 'no users file beside it: nothing to say');
  assert.deepEqual(findings(text, 'weak-password', undefined, { 'users.properties': 'admin=admin\n' }), [], 'no login.config naming it: not this plugin\'s file');
});

test('weak-password on sslContext: the demo broker.ks with "password", other well-known key passwords; trust stores left alone', () => {
  const ssl = (attributes: string) => brokerConfig(`    <sslContext>\n      <sslContext ${attributes}/>\n    </sslContext>`);
  const [demo] = findings(ssl('keyStore="${activemq.conf}/broker.ks" keyStorePassword="password" trustStore="${activemq.conf}/broker.ts" trustStorePassword="password"'), 'weak-password');
  assert.match(demo.message, /^broker\.ks with the password "password" is the demo store every ActiveMQ download ships: its private key is public/);
  const own = findings(ssl('keyStore="/etc/secrets/broker.ks" keyStorePassword="${ks.password}" keyStoreKeyPassword="changeit" trustStore="/etc/ssl/cacerts" trustStorePassword="changeit"'), 'weak-password', undefined, { 'credentials.properties': 'ks.password=123456\n' });
  assert.deepEqual(own.map((f) => f.text), ['${ks.password}', 'changeit']);
  assert.match(own[0].message, /keyStorePassword \(its value in credentials\.properties \(ks\.password\)\) is "123456"/);
  assert.deepEqual(findings(ssl('keyStore="broker.ks" keyStorePassword="Qz7-long-and-random" trustStorePassword="changeit"'), 'weak-password'), []);
});

test('weak-password on the JMX password file a managementContext environment names (the distribution\'s admin activemq)', () => {
  const text = brokerConfig(`    <managementContext>
      <managementContext createConnector="true">
        <property xmlns="http://www.springframework.org/schema/beans" name="environment">
          <map xmlns="http://www.springframework.org/schema/beans">
            <entry key="jmx.remote.x.password.file" value="\${activemq.conf}/jmx.password"/>
            <entry key="jmx.remote.x.access.file" value="\${activemq.conf}/jmx.access"/>
          </map>
        </property>
      </managementContext>
    </managementContext>`);
  const [found, ...more] = findings(text, 'weak-password', undefined, { 'jmx.password': '# role password\nadmin activemq\nmonitor Nz6-long-and-random\n' });
  assert.equal(more.length, 0);
  assert.equal(found.text, '${activemq.conf}/jmx.password');
  assert.match(found.message, /^jmx\.password \(line 2\), the JMX connector's password file, holds `admin` whose password is "activemq"/);
  assert.deepEqual(findings(text, 'weak-password'), [], 'no file beside the config: nothing to judge');
});

// From weak-password-defaults.test.ts:
// weak-password through credentials.properties values that are themselves placeholders with a default:
// `activemq.password=${ACTIVEMQ_PASSWORD:manager}` is `manager` unless ACTIVEMQ_PASSWORD is set. ActiveMQ 5.17.2
// (Spring 5.3.22) and 6.1.0 (Spring 6.1.4) load credentials.properties with Spring's PropertyPlaceholderConfigurer
// (assembly/src/release/conf/activemq.xml), which resolves placeholders inside resolved values and takes the
// `:default` when the name is in neither the properties, the system properties nor the environment.
// Tried on ActiveMQ 5.17.2 (Debian) with that line in credentials.properties and password="${activemq.password}":
// system/manager logs in; with ACTIVEMQ_PASSWORD set in the broker's environment, manager is refused and the
// variable's value logs in.
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

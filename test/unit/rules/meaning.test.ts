// Meaning and security rules: each triggers with its exact range, a near miss stays silent, fixes leave valid XML.
import { test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';
import { filesFromMap } from '../../../server/src/base/files';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';

const USERS = [
  '          <authenticationUser username="system" password="${activemq.password}" groups="users,admins"/>',
  '          <authenticationUser username="app" password="${app.password}" groups="users"/>',
].join('\n');
const ADVISORY = '              <authorizationEntry topic="ActiveMQ.Advisory.>" read="users,admins" write="users,admins" admin="users,admins"/>';
const TEMP = '\n            <tempDestinationAuthorizationEntry>\n              <tempDestinationAuthorizationEntry read="users" write="users" admin="users"/>\n            </tempDestinationAuthorizationEntry>';

test('group-without-members: wrong case, with the nearest group and fixes (replace, add to a user)', () => {
  const text = securedBroker(USERS, `              <authorizationEntry queue="ORDERS.>" read="Users" write="users"/>\n${ADVISORY}`);
  const [f] = findings(text, 'group-without-members');
  assert.equal(f.text, 'Users');
  assert.match(f.message, /Did you mean `users` \(members: `system`, `app`\)/);
  assert.match(fixRemoves(text, f, 'Replace with `users`'), /read="users" write="users"/);
  assert.match(fixRemoves(text, f, 'Add group `Users` to user `app`'), /username="app" password="\$\{app.password\}" groups="users,Users"/);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry queue="A" read="*,users"/>'), 'group-without-members'), []);
});

test('group-without-members: a user name where a group belongs is explained', () => {
  const [f] = findings(securedBroker(USERS, '<authorizationEntry queue="A" read="app"/>'), 'group-without-members');
  assert.match(f.message, /`app` is a user name: ActiveMQ authorizes by group/);
});

test('group-without-members: with JAAS, groups come from the groups.properties that login.config names; silent otherwise', () => {
  const text = brokerConfig(`    <plugins>\n      <jaasAuthenticationPlugin configuration="activemq"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry queue=">" read="admins,operators"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>`);
  assert.deepEqual(findings(text, 'group-without-members'), []);
  const files = { 'login.config': 'activemq {\n org.apache.activemq.jaas.PropertiesLoginModule required\n org.apache.activemq.jaas.properties.group="groups.properties";\n};', 'groups.properties': 'admins=admin\n' };
  const [operators, ...others] = findings(text, 'group-without-members', undefined, files);
  assert.deepEqual([operators.text, others.length], ['operators', 0]);
  assert.match(operators.message, /With JAAS, the groups are those of groups\.properties, which login\.config names\./);
  assert.equal(operators.problem.finding.related?.[0].in?.uri, 'file:///config/groups.properties');
});

test('unused-group: a group users have that no entry grants, at the group token', () => {
  const text = securedBroker('          <authenticationUser username="a" password="${p}" groups="users,ops"/>', '<authorizationEntry queue=">" read="users"/>');
  assert.deepEqual(findings(text, 'unused-group').map((f) => f.text), ['ops']);
});

test('wildcard-syntax: the glued segment, with both fixes', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes&gt;" read="users"/>');
  const [f] = findings(text, 'wildcard-syntax');
  assert.equal(f.text, 'nodes&gt;');
  assert.match(f.message, /reads `nodes>` as a literal name/);
  assert.match(fixRemoves(text, f, 'Make it a wildcard: `nodes.>`'), /events\.nodes\.>" read/);
  assert.match(fixRemoves(text, f, 'Drop the `>`: `nodes`'), /events\.nodes" read/);
  const others = findings(securedBroker(USERS, '<authorizationEntry queue="A.>.B,C..D" read="users"/>'), 'wildcard-syntax');
  assert.deepEqual(others.map((f) => f.text), ['>', '.']);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry queue="A.*.>" read="users"/>'), 'wildcard-syntax'), []);
});

test('virtual-topic-consumer-kind: topic= on a consumer queue pattern, fixed to queue=', () => {
  const text = securedBroker(USERS, '<authorizationEntry topic="Consumer.*.VirtualTopic.>" read="users"/>');
  const [f] = findings(text, 'virtual-topic-consumer-kind');
  assert.equal(f.text, 'topic');
  assert.match(fixRemoves(text, f), /queue="Consumer\.\*\.VirtualTopic\.>"/);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry topic="VirtualTopic.>" read="users"/>'), 'virtual-topic-consumer-kind'), []);
});

test('pattern-overlap: leaving a right out under a broader entry restricts nothing (the mcollective case)', () => {
  const text = securedBroker(USERS, [
    '<authorizationEntry topic="mcollective.>" read="users" write="users" admin="users"/>',
    '<authorizationEntry topic="mcollective.nodes" read="users" admin="users"/>',
    '<authorizationEntry topic="mcollective.>" read="admins"/>',
  ].join('\n'));
  const found = findings(text, 'pattern-overlap').filter((f) => f.severity === 'warning');
  assert.deepEqual(found.map((f) => f.text), ['mcollective.nodes', 'mcollective.>']);
  assert.match(found[0].message, /already grants `users` write on e.g. `mcollective.nodes`, so leaving write out here restricts nothing/);
  assert.match(found[1].message, /ActiveMQ merges both entries, so together they grant read: admins, users/);
  // Related places point at the entries that grant `users` those rights (not line 3's, which grants `admins`); the
  // editor shows their lines, so the text names the entry only.
  assert.deepEqual(found[0].problem.finding.related?.map((r) => text.slice(r.span.start, r.span.end) && r.message), ['overlapping entry topic="mcollective.>"']);
  assert.equal(found[0].problem.finding.related?.[0].span.start, text.indexOf('mcollective.>'));
  const adding = securedBroker(USERS, '<authorizationEntry queue=">" read="admins"/>\n<authorizationEntry queue="ORDERS.>" read="users"/>');
  assert.deepEqual(findings(adding, 'pattern-overlap').map((f) => f.severity), ['hint', 'hint']);
});

test('advisory-access: users without read on the temp advisories; the fix inserts the entry for the version', () => {
  const text = securedBroker(USERS, '              <authorizationEntry queue=">" read="users"/>', '', TEMP);
  const [f] = findings(text, 'advisory-access');
  assert.equal(f.text, 'authorizationEntries');
  assert.match(f.message, /`system \(users, admins\)`, `app \(users\)` cannot read the topics ActiveMQ.Advisory.TempQueue/);
  assert.match(f.message, /a current broker is assumed/);
  const fixed = fixRemoves(text, f);
  assert.match(fixed, /<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="admins,users"\/>\n {12}<\/authorizationEntries>/);
  const old = findings(text, 'advisory-access', { brokerVersion: '5.18.3' })[0];
  assert.match(old.message, /cannot create the advisory topics their own actions create \(`ActiveMQ.Advisory.Connection`.*They need admin there. \(broker 5.18.3, from the activemqXml.brokerVersion setting\)/);
  assert.deepEqual(findings(securedBroker(USERS, ADVISORY, '', TEMP), 'advisory-access'), []);
});

test('advisory-access before 5.19.8: read and admin on the temp advisories alone is not enough (the broker test shows the same)', () => {
  const onlyTemp = '<authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>\n<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="users" admin="users"/>';
  const [f] = findings(securedBroker(USERS, onlyTemp, '', TEMP), 'advisory-access', { brokerVersion: '5.17.2' });
  assert.match(f.message, /^`system \(users, admins\)`, `app \(users\)` cannot create the advisory topics their own actions create \(`ActiveMQ.Advisory.Connection`, `ActiveMQ.Advisory.Queue`, `ActiveMQ.Advisory.Consumer.Queue.APP`, `ActiveMQ.Advisory.Producer.Queue.APP` for `system`\)/);
  assert.match(f.message, /fails with "User system is not authorized to create: topic:\/\/ActiveMQ.Advisory.Connection"/);
  assert.deepEqual(findings(securedBroker(USERS, onlyTemp, '', TEMP), 'advisory-access', { brokerVersion: '5.19.8' }), []);
  assert.deepEqual(findings(securedBroker(USERS, `${onlyTemp}\n${ADVISORY}`, '', TEMP), 'advisory-access', { brokerVersion: '5.17.2' }), []);
});

test('advisory-access: an advisory entry written with queue= is pointed at and turned into topic=', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue="ActiveMQ.Advisory.>" read="users,admins"/>');
  const [f] = findings(text, 'advisory-access');
  assert.equal(f.text, 'queue');
  assert.match(f.message, /Advisories are topics/);
  assert.match(fixRemoves(text, f), /topic="ActiveMQ.Advisory.>"/);
});

test('advisory-access keeps CRLF, tabs and the amq: prefix when it inserts', () => {
  const text = `<beans xmlns:amq="http://activemq.apache.org/schema/core">\r\n\t<amq:broker>\r\n\t\t<amq:plugins>\r\n\t\t\t<amq:simpleAuthenticationPlugin><amq:users><amq:authenticationUser username="a" password="\${p}" groups="g"/></amq:users></amq:simpleAuthenticationPlugin>\r\n\t\t\t<amq:authorizationPlugin><amq:map><amq:authorizationMap>\r\n\t\t\t\t<amq:authorizationEntries>\r\n\t\t\t\t\t<amq:authorizationEntry queue=">" read="g"/>\r\n\t\t\t\t</amq:authorizationEntries>\r\n\t\t\t</amq:authorizationMap></amq:map></amq:authorizationPlugin>\r\n\t\t</amq:plugins>\r\n\t</amq:broker>\r\n</beans>\r\n`;
  const [f] = findings(text, 'advisory-access');
  const fixed = fixRemoves(text, f);
  assert.ok(fixed.includes('\t\t\t\t\t<amq:authorizationEntry queue=">" read="g"/>\r\n\t\t\t\t\t<amq:authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="g"/>\r\n\t\t\t\t</amq:authorizationEntries>'), fixed);
});

test('temp-destination-access: no temp entry (fix inserts one), users lacking admin in it', () => {
  const text = securedBroker(USERS, ADVISORY);
  const [f] = findings(text, 'temp-destination-access');
  assert.equal(f.text, 'authorizationMap');
  assert.match(fixRemoves(text, f), /<tempDestinationAuthorizationEntry>\n\s+<tempDestinationAuthorizationEntry read="admins,users" write="admins,users" admin="admins,users"\/>\n\s+<\/tempDestinationAuthorizationEntry>/);
  const partial = securedBroker(USERS, ADVISORY, '', TEMP.replace('admin="users"', 'admin="admins"'));
  assert.match(findings(partial, 'temp-destination-access')[0].message, /`app` lack admin/);
  assert.deepEqual(findings(securedBroker(USERS, ADVISORY, '', TEMP), 'temp-destination-access'), []);
});

test('weak-password: shipped passwords, also through credentials.properties; plaintext-password with its fix', () => {
  const text = securedBroker('          <authenticationUser username="system" password="${activemq.password}" groups="admins"/>\n          <authenticationUser username="bob" password="bob" groups="admins"/>', ADVISORY);
  const weak = findings(text, 'weak-password', undefined, { 'credentials.properties': 'activemq.password=manager\n' });
  assert.deepEqual(weak.map((f) => f.text), ['${activemq.password}', 'bob']);
  assert.match(weak[0].message, /credentials.properties \(activemq.password\)\) is "manager"/);
  assert.match(weak[1].message, /equals the username/);
  const [plain] = findings(text, 'plaintext-password');
  assert.equal(plain.text, 'bob');
  assert.match(fixRemoves(text, plain), /password="\$\{bob.password\}"/);
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

test('anonymous-access: the anonymous group writing, or *, but not advisory entries', () => {
  const text = brokerConfig(`    <plugins>\n      <simpleAuthenticationPlugin anonymousAccessAllowed="true"/>\n      <authorizationPlugin><map><authorizationMap><authorizationEntries>\n        <authorizationEntry queue="PUBLIC.>" read="anonymous" write="anonymous"/>\n        <authorizationEntry queue="ALL.>" read="*"/>\n        <authorizationEntry topic="ActiveMQ.Advisory.>" read="anonymous" admin="anonymous"/>\n      </authorizationEntries></authorizationMap></map></authorizationPlugin>\n    </plugins>`);
  assert.deepEqual(findings(text, 'anonymous-access').map((f) => [f.text, f.line]), [['anonymous', 5], ['*', 6]]);
});

test('insecure-transport and ssl-context', () => {
  const connectors = `\n    <transportConnectors>\n      <transportConnector name="a" uri="tcp://0.0.0.0:61616"/>\n      <transportConnector name="b" uri="tcp://127.0.0.1:61618"/>\n      <transportConnector name="c" uri="ssl://0.0.0.0:61617"/>\n    </transportConnectors>`;
  const text = securedBroker(USERS, ADVISORY).replace('    </plugins>', `    </plugins>${connectors}`);
  assert.deepEqual(findings(text, 'insecure-transport').map((f) => f.text), ['tcp']);
  const ssl = findings(text, 'ssl-context');
  assert.deepEqual(ssl.map((f) => f.text), ['ssl']);
  assert.match(ssl[0].message, /javax.net.ssl/);
  const withContext = text.replace('    <transportConnectors>', '    <sslContext><sslContext keyStore="${activemq.conf}/broker.ks" keyStorePassword="${ks}"/></sslContext>\n    <transportConnectors>');
  const missing = findings(withContext, 'ssl-context', undefined, { 'credentials.properties': '' });
  assert.deepEqual(missing.map((f) => f.text), ['${activemq.conf}/broker.ks']);
  assert.match(missing[0].message, /\/config\/broker.ks does not exist/);
  assert.deepEqual(findings(withContext, 'ssl-context', undefined, { 'credentials.properties': '', 'broker.ks': 'x' }), []);
});

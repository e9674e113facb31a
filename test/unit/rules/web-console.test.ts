// web-console: the 5.x jetty.xml an activemq.xml imports, read beside it with its jetty-realm.properties
// (activemq-facts-broker.md section 8; the files as in tag activemq-5.18.3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings } from '../../helpers';
import { ruleTester } from './ruleTester';

const NS = 'http://activemq.apache.org/schema/core';
const CONFIG = `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="${NS}" brokerName="b"/>\n  <import resource="jetty.xml"/>\n</beans>\n`;

const jettyXml = (authenticate: string, host: string) => `<beans xmlns="http://www.springframework.org/schema/beans">
    <bean id="securityLoginService" class="org.eclipse.jetty.security.HashLoginService">
        <property name="name" value="ActiveMQRealm" />
        <property name="config" value="\${activemq.conf}/jetty-realm.properties" />
    </bean>
    <bean id="securityConstraint" class="org.eclipse.jetty.util.security.Constraint">
        <property name="name" value="BASIC" />
        <property name="roles" value="user,admin" />
        <!-- set authenticate=false to disable login -->
        <property name="authenticate" value="${authenticate}" />
    </bean>
    <bean id="jettyPort" class="org.apache.activemq.web.WebConsolePort" init-method="start">
        <property name="host" value="${host}"/>
        <property name="port" value="8161"/>
    </bean>
</beans>
`;
const SHIPPED_REALM = '# username: password [,rolename ...]\nadmin: admin, admin\nuser: user, user\n';

test('the shipped realm: admin/admin and user/user in one finding on the import, linked to their lines', () => {
  const found = findings(CONFIG, 'web-console', undefined, { 'jetty.xml': jettyXml('true', '127.0.0.1'), 'jetty-realm.properties': SHIPPED_REALM });
  assert.deepEqual(found.map((f) => f.text), ['jetty.xml']);
  assert.match(found[0].message, /logs in from jetty-realm\.properties, where `admin`'s password equals the username, `user`'s password equals the username: anybody on this machine \(127\.0\.0\.1:8161\) can try them\.$/);
  const places = found[0].problem.finding.related!;
  assert.deepEqual(places.map((p) => [p.in?.uri, p.in?.text.slice(p.span.start, p.span.end)]), [
    ['file:///config/jetty-realm.properties', 'admin, admin'],
    ['file:///config/jetty-realm.properties', 'user, user'],
  ]);
});

test('every cause on one import is one finding: two constraints without login and a weak realm password', () => {
  const twoConstraints = jettyXml('false', '0.0.0.0').replace('<bean id="jettyPort"', `<bean id="adminSecurityConstraint" class="org.eclipse.jetty.util.security.Constraint">
        <property name="roles" value="admin" />
        <property name="authenticate" value="false" />
    </bean>
    <bean id="jettyPort"`);
  const found = findings(CONFIG, 'web-console', undefined, { 'jetty.xml': twoConstraints, 'jetty-realm.properties': 'admin: admin, admin\n' });
  assert.equal(found.length, 1);
  assert.equal(found[0].message, "The web console this imports needs no login (authenticate=false in jetty.xml), and logs in from jetty-realm.properties, where `admin`'s password equals the username: anybody who reaches 0.0.0.0:8161 can browse, send and delete messages and manage the broker.");
  assert.deepEqual(found[0].problem.finding.related!.map((p) => p.message), ['authenticate=false', 'authenticate=false', 'the password of `admin`']);
});

test('authenticate=false on a console open to the network', () => {
  const found = findings(CONFIG, 'web-console', undefined, { 'jetty.xml': jettyXml('false', '0.0.0.0'), 'jetty-realm.properties': 'admin: Vb7-long-and-random, admin\n' });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /needs no login \(authenticate=false in jetty\.xml\): anybody who reaches 0\.0\.0\.0:8161 can browse/);
  assert.equal(found[0].problem.finding.related![0].in?.uri, 'file:///config/jetty.xml');
});

test('near misses: strong or hashed passwords, no jetty.xml beside the config, an import that is not Jetty', () => {
  const strong = { 'jetty.xml': jettyXml('true', '127.0.0.1'), 'jetty-realm.properties': 'admin: Vb7-long-and-random, admin\nops: MD5:164c88b302622e17050af52c89945d44, user\nobf: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, user\n' };
  assert.deepEqual(findings(CONFIG, 'web-console', undefined, strong), []);
  assert.deepEqual(findings(CONFIG, 'web-console'), []);
  assert.deepEqual(findings(CONFIG, 'web-console', undefined, { 'jetty.xml': '<beans xmlns="http://www.springframework.org/schema/beans"/>' }), []);
});

test('ActiveMQ 6: a jetty.xml with a JAASLoginService, or 6.3\'s jetty-spring.xml, logs in from the users file login.config names', () => {
  const loginConfig = 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n';
  const jaasJetty = '<beans xmlns="http://www.springframework.org/schema/beans">\n  <bean id="jaasLoginService" class="org.eclipse.jetty.jaas.JAASLoginService">\n    <property name="loginModuleName" value="activemq"/>\n  </bean>\n</beans>\n';
  const found = findings(CONFIG, 'web-console', undefined, { 'jetty.xml': jaasJetty, 'login.config': loginConfig, 'users.properties': 'admin=admin\n' });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /logs in through JAAS \(login\.config → users\.properties\), where `admin`'s password equals the username/);
  const springJetty = '<beans xmlns="http://www.springframework.org/schema/beans">\n  <bean id="jettyServer" class="org.apache.activemq.spring.jetty.JettyServerBean">\n    <property name="jettyXmlDirectory" value="${activemq.conf}/jetty"/>\n  </bean>\n</beans>\n';
  const config63 = CONFIG.replace('jetty.xml', 'jetty-spring.xml');
  assert.equal(findings(config63, 'web-console', undefined, { 'jetty-spring.xml': springJetty, 'login.config': loginConfig, 'users.properties': 'admin=admin\n' }).length, 1);
  assert.deepEqual(findings(config63, 'web-console', undefined, { 'jetty-spring.xml': springJetty, 'login.config': loginConfig, 'users.properties': 'admin=Rt5-long-and-random\n' }), []);
});

ruleTester('web-console', {
  valid: [{ name: 'a strong realm password', text: CONFIG, files: { 'jetty.xml': jettyXml('true', '127.0.0.1'), 'jetty-realm.properties': 'admin: Kx9-long-and-random, admin\n' } }],
  invalid: [
    {
      name: 'the shipped realm',
      text: CONFIG.replace('resource="jetty.xml"', 'resource="[[jetty.xml]]"'),
      files: { 'jetty.xml': jettyXml('true', '127.0.0.1'), 'jetty-realm.properties': SHIPPED_REALM },
      expect: [{ message: /logs in from jetty-realm\.properties, where `admin`'s password equals the username/, severity: 'warning' }],
    },
  ],
});

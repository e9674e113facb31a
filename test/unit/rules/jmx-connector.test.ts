// jmx-connector: remote JMX without authentication (ManagementContext; default createConnector true before 5.16.0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings, fixRemoves } from '../../helpers';
import { ruleTester } from './ruleTester';

const context = (inner: string) => brokerConfig(`    <managementContext>\n      ${inner}\n    </managementContext>`);
// Real configs name the version in the root's xsi:schemaLocation.
const versioned = (version: string, inner: string) =>
  brokerConfig(inner).replace('<beans xmlns="http://www.springframework.org/schema/beans"', `<beans xmlns="http://www.springframework.org/schema/beans" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core-${version}.xsd"`);
const AUTHENTICATED = `<managementContext createConnector="true">
        <property xmlns="http://www.springframework.org/schema/beans" name="environment">
          <map xmlns="http://www.springframework.org/schema/beans">
            <entry key="jmx.remote.x.password.file" value="\${activemq.conf}/jmx.password"/>
          </map>
        </property>
      </managementContext>`;

test('createConnector="true" without an authenticating environment is reported on the value, with the port', () => {
  const [reported] = findings(context('<managementContext createConnector="true" connectorPort="1199"/>'), 'jmx-connector');
  assert.equal(reported.text, 'true');
  assert.match(reported.message, /port 1199 of every interface without authentication/);
  assert.match(findings(context('<managementContext createConnector="true"/>'), 'jmx-connector')[0].message, /port 1099/);
});

test('near misses: a password file, createConnector false or a placeholder, useJmx false, a referenced environment', () => {
  assert.deepEqual(findings(context(AUTHENTICATED), 'jmx-connector'), []);
  assert.deepEqual(findings(context('<managementContext createConnector="false"/>'), 'jmx-connector'), []);
  assert.deepEqual(findings(context('<managementContext createConnector="${jmx.enabled}"/>'), 'jmx-connector'), []);
  assert.deepEqual(findings(context('<managementContext createConnector="true"/>').replace('<broker ', '<broker useJmx="false" '), 'jmx-connector'), []);
  const referenced = context('<managementContext createConnector="true"><property xmlns="http://www.springframework.org/schema/beans" name="environment" ref="jmxEnvironment"/></managementContext>');
  assert.deepEqual(findings(referenced, 'jmx-connector'), []);
  // An environment that sets only the access file still lets everybody in.
  assert.equal(findings(context(AUTHENTICATED.replace('jmx.remote.x.password.file', 'jmx.remote.x.access.file')), 'jmx-connector').length, 1);
});

test('before 5.16 the connector is on by default: a managementContext without createConnector, or none, is reported', () => {
  const noAttribute = findings(versioned('5.15.9', '    <managementContext>\n      <managementContext connectorPort="1099"/>\n    </managementContext>'), 'jmx-connector');
  assert.equal(noAttribute.length, 1);
  assert.equal(noAttribute[0].text, 'managementContext');
  assert.match(noAttribute[0].message, /Before 5\.16 createConnector defaults to true \(this is 5\.15\.9\)/);
  const none = findings(versioned('5.4.2', '    <plugins/>'), 'jmx-connector');
  assert.equal(none.length, 1);
  assert.equal(none[0].text, 'broker');
  assert.deepEqual(findings(versioned('5.16.0', '    <plugins/>'), 'jmx-connector'), []);
  assert.deepEqual(findings(brokerConfig('    <plugins/>'), 'jmx-connector'), [], 'an unknown version is taken as current');
  assert.equal(findings(brokerConfig('    <plugins/>'), 'jmx-connector', { brokerVersion: '5.10.0' }).length, 1, 'the version setting counts too');
});

test('fixes: turn the connector off, or add the documented password environment; both remove the finding', () => {
  const text = context('<managementContext createConnector="true"/>');
  const [reported] = findings(text, 'jmx-connector');
  assert.match(fixRemoves(text, reported, 'Turn the JMX connector off (createConnector="false")'), /<managementContext createConnector="false"\/>/);
  const withPassword = fixRemoves(text, reported, 'Require a password: environment with jmx.password and jmx.access (as activemq-security.xml)');
  assert.match(withPassword, /<managementContext createConnector="true">\n\s+<property xmlns="http:\/\/www.springframework.org\/schema\/beans" name="environment">[^]*jmx\.remote\.x\.password\.file[^]*<\/managementContext>/);
  const old = versioned('5.15.0', '    <managementContext>\n      <managementContext/>\n    </managementContext>');
  assert.match(fixRemoves(old, findings(old, 'jmx-connector')[0], 'Turn the JMX connector off (createConnector="false")'), /<managementContext createConnector="false"\/>/);
});

ruleTester('jmx-connector', {
  valid: [context('<managementContext createConnector="false"/>')],
  invalid: [
    { text: context('<managementContext createConnector="[[true]]"/>'), expect: [{ message: /listens on port 1099 of every interface without authentication/, severity: 'warning' }] },
  ],
});

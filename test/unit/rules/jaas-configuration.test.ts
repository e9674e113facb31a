// jaas-configuration: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerConfig, findings } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('jaas-configuration', {
  valid: [
    { name: 'no login.config beside the file', text: brokerConfig('    <plugins><jaasAuthenticationPlugin/></plugins>') },
    { name: 'the entry the plugin names exists', text: brokerConfig('    <plugins><jaasAuthenticationPlugin configuration="activemq"/></plugins>'), files: { 'login.config': 'activemq { x required; };' } },
  ],
  invalid: [
    {
      name: 'the default entry name is missing from login.config',
      text: brokerConfig('    <plugins><[[jaasAuthenticationPlugin]]/></plugins>'),
      files: { 'login.config': 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required;\n};\n' },
      expect: [{ message: /"activemq-domain".*it has `activemq`/, severity: 'info' }],
    },
  ],
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

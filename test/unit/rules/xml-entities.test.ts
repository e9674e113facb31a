// xml-entities: valid and invalid cases through the facade. Broker 5.17.2 refuses any DOCTYPE at start-up
// (test/broker/rules/doctype.test.ts), so the DOCTYPE itself is the error; its entities are still expanded.
import { brokerConfig } from '../../helpers';
import { ruleTester } from './ruleTester';

const refused = /^ActiveMQ refuses to start with a DOCTYPE: Spring then validates the file against a DTD/;

ruleTester('xml-entities', {
  valid: [
    brokerConfig('    <plugins/>'),
    { name: 'a DOCTYPE-like text in a comment is no DOCTYPE', text: '<!-- <!DOCTYPE beans> -->\n' + brokerConfig('    <plugins/>') },
  ],
  invalid: [
    { name: 'a DOCTYPE without a subset', text: '[[<!DOCTYPE]] beans>\n' + brokerConfig('    <plugins/>'), expect: [{ message: refused, severity: 'error' }] },
    { name: 'a plain internal entity: expanded, yet the DOCTYPE stops the broker', text: '[[<!DOCTYPE]] beans [ <!ENTITY q "ORDERS"> ]>\n' + brokerConfig('    <destinations><queue physicalName="&q;"/></destinations>'), expect: [{ message: refused, severity: 'error' }] },
    { name: 'an external entity', text: '[[<!DOCTYPE]] beans [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n' + brokerConfig('    <plugins/>'), expect: [{ message: /refuses to start with a DOCTYPE.*It also declares an external entity.*activemq-xml never reads it/, severity: 'error' }] },
  ],
});

// xml-entities: valid and invalid cases through the facade.
import { brokerConfig } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('xml-entities', {
  valid: [
    brokerConfig('    <plugins/>'),
    { name: 'a plain internal entity is expanded, not reported', text: '<!DOCTYPE beans [ <!ENTITY q "ORDERS"> ]>\n' + brokerConfig('    <destinations><queue physicalName="&q;"/></destinations>') },
  ],
  invalid: [
    { name: 'an external entity', text: '[[<!DOCTYPE]] beans [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n' + brokerConfig('    <plugins/>'), expect: [{ message: /declares an external entity.*activemq-xml never reads it/, severity: 'warning' }] },
  ],
});

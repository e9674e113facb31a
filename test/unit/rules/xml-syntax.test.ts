// xml-syntax: valid and invalid cases through the facade.
import { brokerConfig } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('xml-syntax', {
  valid: [brokerConfig('    <plugins>\n      <authorizationPlugin/>\n    </plugins>')],
  invalid: [
    { name: 'an element never closed', text: brokerConfig('    <plugins>\n      <[[authorizationPlugin]]>\n    </plugins>'), expect: [{ message: /`<authorizationPlugin>` is never closed: `<\/plugins>` comes first/, severity: 'error' }] },
    { name: 'a value without quotes', text: brokerConfig('    <plugins [[a]]=b/>'), expect: [{ message: /The value of `a` must be in quotes/, severity: 'error' }] },
  ],
});

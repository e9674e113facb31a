// client-unknown-user: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-unknown-user', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('username=alfresco', 'username=[[admin]]'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /"admin" is no user of the broker's simpleAuthenticationPlugin \(users: alfresco, reader, vault\)/, severity: 'error' }],
    },
  ],
});

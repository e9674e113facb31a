// client-wrong-password: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-wrong-password', {
  valid: [
    { name: 'a placeholder on the client side is not judged', text: ALFRESCO_GOOD.replace('password=s3cret', 'password=${mq.password}'), broker: ALFRESCO_BROKER },
    { name: 'a placeholder on the broker side is not judged', text: ALFRESCO_GOOD.replace('username=alfresco', 'username=vault').replace('s3cret', 'anything'), broker: ALFRESCO_BROKER },
  ],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('password=s3cret', 'password=[[secret]]'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /This password differs from the one the broker sets for "alfresco"/, severity: 'error' }],
    },
  ],
});

// client-no-password: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-no-password', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }],
  invalid: [
    {
      text: 'messaging.broker.url=failover:(tcp://mq:61616)\n[[messaging.broker.username]]=alfresco\n',
      broker: ALFRESCO_BROKER,
      expect: [{ message: /messaging\.broker\.password is not set: the login of the repository as "alfresco" has no password/, severity: 'error', fix: { output: /\nmessaging\.broker\.password=\n/ } }],
    },
  ],
});

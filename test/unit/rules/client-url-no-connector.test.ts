// client-url-no-connector: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-url-no-connector', {
  valid: [
    { name: 'one served broker in a failover list is enough', text: ALFRESCO_GOOD.replace('tcp://mq:61616', 'tcp://mq:61616,tcp://other:61699'), broker: ALFRESCO_BROKER },
    { name: 'a placeholder port', text: ALFRESCO_GOOD.replace('tcp://mq:61616', 'tcp://mq:${mq.port}'), broker: ALFRESCO_BROKER },
  ],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('tcp://mq:61616', 'tcp://mq:[[5672]]'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /No transport connector of the broker listens on port 5672; the broker serves tcp:\/\/…:61616, ssl:\/\/…:61617/, severity: 'error' }],
    },
  ],
});

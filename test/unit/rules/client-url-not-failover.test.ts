// client-url-not-failover: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-url-not-failover', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('failover:(tcp://mq:61616)?timeout=3000', '[[tcp]]://mq:61616'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /uses tcp: directly; Alfresco Content Services should connect with the failover transport/, severity: 'warning', fix: { output: /^messaging\.broker\.url=failover:\(tcp:\/\/mq:61616\)\n/ } }],
    },
  ],
});

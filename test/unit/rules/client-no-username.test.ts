// client-no-username: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-no-username', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }, { name: 'no broker found: nothing to log in to', text: 'messaging.broker.url=failover:(tcp://mq:61616)\n', broker: null }],
  invalid: [
    {
      text: '[[messaging.broker.url]]=failover:(tcp://mq:61616)\n',
      broker: ALFRESCO_BROKER,
      expect: [{ message: /The broker requires a login \(simpleAuthenticationPlugin without anonymousAccessAllowed\) but messaging\.broker\.username is not set/, severity: 'error', fix: { output: /^messaging\.broker\.url=failover:\(tcp:\/\/mq:61616\)\nmessaging\.broker\.username=\nmessaging\.broker\.password=/ } }],
    },
  ],
});

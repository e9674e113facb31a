// client-url-syntax: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-url-syntax', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }],
  invalid: [
    {
      name: 'a failover option that does not exist, renamed by the fix',
      text: ALFRESCO_GOOD.replace('timeout=3000', '[[backOffMultiplier]]=2'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /FailoverTransport has no option "backOffMultiplier"; the back-off factor is "reconnectDelayExponent" here/, severity: 'warning', fix: { output: /failover:\(tcp:\/\/mq:61616\)\?reconnectDelayExponent=2\n/ } }],
    },
    {
      name: 'a scheme typo, fixed to the nearest scheme (no broker needed)',
      text: ALFRESCO_GOOD.replace('(tcp://', '([[tpc]]://'),
      broker: null,
      expect: [{ message: /"tpc" is no transport scheme ActiveMQ knows \(Transport scheme NOT recognized\); did you mean "tcp"\?/, severity: 'error', fix: { title: 'Change the scheme to tcp', output: /failover:\(tcp:\/\/mq:61616\)/ } }],
    },
  ],
});

// virtual-topic-consumer-kind: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USERS } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('virtual-topic-consumer-kind', {
  valid: [securedBroker(USERS, '<authorizationEntry topic="VirtualTopic.>" read="users"/>')],
  invalid: [
    {
      text: securedBroker(USERS, '<authorizationEntry [[topic]]="Consumer.*.VirtualTopic.>" read="users"/>'),
      expect: [{ message: /Virtual-topic consumers read from QUEUES/, severity: 'warning', fix: { output: /queue="Consumer\.\*\.VirtualTopic\.>"/ } }],
    },
  ],
});

test('virtual-topic-consumer-kind: topic= on a consumer queue pattern, fixed to queue=', () => {
  const text = securedBroker(USERS, '<authorizationEntry topic="Consumer.*.VirtualTopic.>" read="users"/>');
  const [f] = findings(text, 'virtual-topic-consumer-kind');
  assert.equal(f.text, 'topic');
  assert.match(fixRemoves(text, f), /queue="Consumer\.\*\.VirtualTopic\.>"/);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry topic="VirtualTopic.>" read="users"/>'), 'virtual-topic-consumer-kind'), []);
});

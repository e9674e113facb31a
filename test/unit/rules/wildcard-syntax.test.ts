// wildcard-syntax: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, brokerConfig, findings, fixRemoves, securedBroker } from '../../helpers';
import { USERS } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('wildcard-syntax', {
  valid: [securedBroker(USERS, '<authorizationEntry queue="A.*.>" read="users"/>')],
  invalid: [
    {
      name: 'a glued wildcard, with both fixes',
      text: securedBroker(USERS, '<authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.[[nodes&gt;]]" read="users"/>'),
      expect: [{ message: /reads `nodes>` as a literal name/, fix: { title: 'Make it a wildcard: `nodes.>`', output: /events\.nodes\.>" read/ } }],
    },
    {
      name: 'a `>` before the last segment and an empty segment',
      text: securedBroker(USERS, '<authorizationEntry queue="A.[[>]].B,C[[.]].D" read="users"/>'),
      expect: [{ message: /A `>` must be the last segment/, severity: 'warning' }, { message: /An empty segment/, severity: 'warning' }],
    },
    {
      name: 'an empty segment alone in its entry',
      text: securedBroker(USERS, '<authorizationEntry queue="C[[.]].D" read="users"/>'),
      expect: [{ message: /An empty segment/, severity: 'warning' }],
    },
    {
      name: 'a `>` before the last segment alone in its entry',
      text: securedBroker(USERS, '<authorizationEntry topic="A.[[>]].B" read="users"/>'),
      expect: [{ message: /A `>` must be the last segment/, severity: 'warning' }],
    },
  ],
});

test('wildcard-syntax: the glued segment, with both fixes', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes&gt;" read="users"/>');
  const [f] = findings(text, 'wildcard-syntax');
  assert.equal(f.text, 'nodes&gt;');
  assert.match(f.message, /reads `nodes>` as a literal name/);
  assert.match(fixRemoves(text, f, 'Make it a wildcard: `nodes.>`'), /events\.nodes\.>" read/);
  assert.match(fixRemoves(text, f, 'Drop the `>`: `nodes`'), /events\.nodes" read/);
  const others = findings(securedBroker(USERS, '<authorizationEntry queue="A.>.B,C..D" read="users"/>'), 'wildcard-syntax');
  assert.deepEqual(others.map((f) => f.text), ['>', '.']);
  assert.deepEqual(findings(securedBroker(USERS, '<authorizationEntry queue="A.*.>" read="users"/>'), 'wildcard-syntax'), []);
});

// From glued-wildcards.test.ts:
// wildcard-syntax wherever ActiveMQ reads a destination filter: DestinationMap-based entries (policyEntry & co.),
// DestinationFilter.parseFilter in network bridges (DemandForwardingBridgeSupport.isPermissableDestination), the
// destinationFilter of NetworkBridgeConfiguration, and VirtualDestinationInterceptor's virtual destination names.

const network = (lists: string, attributes = '') =>
  brokerConfig(`    <networkConnectors>\n      <networkConnector name="n" uri="static:(ssl://b:61617)"${attributes}>\n${lists}\n      </networkConnector>\n    </networkConnectors>`);

test('wildcard-syntax: glued wildcards in a network connector\'s destination lists, each with what it means there', () => {
  const text = network([
    '        <excludedDestinations><queue physicalName="pg_queue_reply_*"/><topic physicalName="events&gt;"/></excludedDestinations>',
    '        <dynamicallyIncludedDestinations><queue physicalName="orders.>"/><queue physicalName="jobs*"/></dynamicallyIncludedDestinations>',
    '        <staticallyIncludedDestinations><topic physicalName="mcollective.openshift.reply>"/></staticallyIncludedDestinations>',
  ].join('\n'));
  const found = findings(text, 'wildcard-syntax');
  assert.deepEqual(found.map((f) => f.text), ['pg_queue_reply_*', 'events&gt;', 'jobs*', 'reply>']);
  assert.equal(found[0].message, 'ActiveMQ reads `pg_queue_reply_*` as a literal name, not a wildcard (wildcards count only as whole segments): the bridge excludes only a destination of that very name, so the ones meant are still bridged. ActiveMQ has no wildcard for part of a segment: `*` stands for one whole segment, so names can only be matched this way if the varying part is a segment of its own (`pg_queue_reply.*`).');
  assert.match(found[2].message, /the bridge includes only a destination of that very name, so the ones meant are not bridged/);
  assert.match(found[3].message, /the bridge forwards only a destination of that very name\. Write `reply\.>` if everything under `reply` was meant\./);
  assert.match(applyFix(text, found[1], 'Make it a wildcard: `events.>`'), /<topic physicalName="events\.>"\/>/);
});

test('wildcard-syntax: policyEntry, redeliveryPolicy, filteredKahaDB, destinationFilter and virtual destinations', () => {
  const text = brokerConfig(`    <destinationPolicy><policyMap><policyEntries>
      <policyEntry queue="USERS.*,TEMP_*" producerFlowControl="false"/>
      <policyEntry topic="ActiveMQ.Advisory&gt;"/>
    </policyEntries></policyMap></destinationPolicy>
    <destinationInterceptors><virtualDestinationInterceptor><virtualDestinations>
      <virtualTopic name="VT*" prefix="Consumer.*."/>
      <compositeQueue name="ORDERS&gt;"><forwardTo><queue physicalName="A"/></forwardTo></compositeQueue>
    </virtualDestinations></virtualDestinationInterceptor></destinationInterceptors>
    <networkConnectors><networkConnector uri="static:(ssl://b:1)" destinationFilter="Queue.app*"/></networkConnectors>
    <redeliveryPlugin><redeliveryPolicyMap><redeliveryPolicyMap><redeliveryPolicyEntries>
      <redeliveryPolicy queue="retry*" maximumRedeliveries="3"/>
    </redeliveryPolicyEntries></redeliveryPolicyMap></redeliveryPolicyMap></redeliveryPlugin>`);
  const found = findings(text, 'wildcard-syntax');
  assert.deepEqual(found.map((f) => f.text).sort(), ['Advisory&gt;', 'ORDERS&gt;', 'TEMP_*', 'VT*', 'app*', 'retry*'].sort());
  assert.match(found.find((f) => f.text === 'TEMP_*')!.message, /this policyEntry applies only to a destination of that very name/);
});

test('wildcard-syntax: whole-segment wildcards and plain names outside authorization are silent; forwardTo targets are names, not filters', () => {
  const text = brokerConfig(`    <destinationPolicy><policyMap><policyEntries>
      <policyEntry queue=">"/><policyEntry topic="A.*.B,C.>"/>
    </policyEntries></policyMap></destinationPolicy>
    <networkConnectors><networkConnector uri="static:(ssl://b:1)">
      <excludedDestinations><queue physicalName="pg_queue_reply.*"/><topic physicalName="ActiveMQ.Advisory.>"/></excludedDestinations>
    </networkConnector></networkConnectors>
    <destinationInterceptors><virtualDestinationInterceptor><virtualDestinations>
      <virtualTopic name=">" prefix="Consumer.*."/>
      <compositeQueue name="IN"><forwardTo><queue physicalName="OUT*"/></forwardTo></compositeQueue>
    </virtualDestinations></virtualDestinationInterceptor></destinationInterceptors>`);
  assert.deepEqual(findings(text, 'wildcard-syntax'), []);
});

// advisory-access: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixRemoves, securedBroker } from '../../helpers';
import { USERS, ADVISORY, TEMP } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('advisory-access', {
  valid: [securedBroker(USERS, ADVISORY, '', TEMP)],
  invalid: [
    {
      name: 'no read on the temp advisories: the fix inserts the entry',
      text: securedBroker(USERS, '              <authorizationEntry queue=">" read="users"/>', '', TEMP).replace('<authorizationEntries>', '<[[authorizationEntries]]>'),
      expect: [{ message: /cannot read the topics ActiveMQ\.Advisory\.TempQueue and ActiveMQ\.Advisory\.TempTopic/, severity: 'warning', fix: { output: /<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="admins,users"\/>/ } }],
    },
    {
      name: 'an advisory entry written with queue=, turned into topic=',
      text: securedBroker(USERS, '<authorizationEntry [[queue]]="ActiveMQ.Advisory.>" read="users,admins"/>'),
      expect: [{ message: /Advisories are topics/, fix: { title: 'Change this ActiveMQ.Advisory entry from `queue` to `topic`', output: /topic="ActiveMQ.Advisory.>"/ } }],
    },
  ],
});

test('advisory-access: users without read on the temp advisories; the fix inserts the entry for the version', () => {
  const text = securedBroker(USERS, '              <authorizationEntry queue=">" read="users"/>', '', TEMP);
  const [f] = findings(text, 'advisory-access');
  assert.equal(f.text, 'authorizationEntries');
  assert.match(f.message, /`system \(users, admins\)`, `app \(users\)` cannot read the topics ActiveMQ.Advisory.TempQueue/);
  assert.match(f.message, /a current broker is assumed/);
  const fixed = fixRemoves(text, f);
  assert.match(fixed, /<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="admins,users"\/>\n {12}<\/authorizationEntries>/);
  const old = findings(text, 'advisory-access', { brokerVersion: '5.18.3' })[0];
  assert.match(old.message, /cannot create the advisory topics their own actions create \(`ActiveMQ.Advisory.Connection`.*They need admin there. \(broker 5.18.3, from the activemqXml.brokerVersion setting\)/);
  assert.deepEqual(findings(securedBroker(USERS, ADVISORY, '', TEMP), 'advisory-access'), []);
});

test('advisory-access before 5.19.8: read and admin on the temp advisories alone is not enough (the broker test shows the same)', () => {
  const onlyTemp = '<authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>\n<authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="users" admin="users"/>';
  const [f] = findings(securedBroker(USERS, onlyTemp, '', TEMP), 'advisory-access', { brokerVersion: '5.17.2' });
  assert.match(f.message, /^`system \(users, admins\)`, `app \(users\)` cannot create the advisory topics their own actions create \(`ActiveMQ.Advisory.Connection`, `ActiveMQ.Advisory.Queue`, `ActiveMQ.Advisory.Consumer.Queue.APP`, `ActiveMQ.Advisory.Producer.Queue.APP` for `system`\)/);
  assert.match(f.message, /fails with "User system is not authorized to create: topic:\/\/ActiveMQ.Advisory.Connection"/);
  assert.deepEqual(findings(securedBroker(USERS, onlyTemp, '', TEMP), 'advisory-access', { brokerVersion: '5.19.8' }), []);
  assert.deepEqual(findings(securedBroker(USERS, `${onlyTemp}\n${ADVISORY}`, '', TEMP), 'advisory-access', { brokerVersion: '5.17.2' }), []);
});

test('advisory-access: an advisory entry written with queue= is pointed at and turned into topic=', () => {
  const text = securedBroker(USERS, '<authorizationEntry queue="ActiveMQ.Advisory.>" read="users,admins"/>');
  const [f] = findings(text, 'advisory-access');
  assert.equal(f.text, 'queue');
  assert.match(f.message, /Advisories are topics/);
  assert.match(fixRemoves(text, f), /topic="ActiveMQ.Advisory.>"/);
});

test('advisory-access keeps CRLF, tabs and the amq: prefix when it inserts', () => {
  const text = `<beans xmlns:amq="http://activemq.apache.org/schema/core">\r\n\t<amq:broker>\r\n\t\t<amq:plugins>\r\n\t\t\t<amq:simpleAuthenticationPlugin><amq:users><amq:authenticationUser username="a" password="\${p}" groups="g"/></amq:users></amq:simpleAuthenticationPlugin>\r\n\t\t\t<amq:authorizationPlugin><amq:map><amq:authorizationMap>\r\n\t\t\t\t<amq:authorizationEntries>\r\n\t\t\t\t\t<amq:authorizationEntry queue=">" read="g"/>\r\n\t\t\t\t</amq:authorizationEntries>\r\n\t\t\t</amq:authorizationMap></amq:map></amq:authorizationPlugin>\r\n\t\t</amq:plugins>\r\n\t</amq:broker>\r\n</beans>\r\n`;
  const [f] = findings(text, 'advisory-access');
  const fixed = fixRemoves(text, f);
  assert.ok(fixed.includes('\t\t\t\t\t<amq:authorizationEntry queue=">" read="g"/>\r\n\t\t\t\t\t<amq:authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="g"/>\r\n\t\t\t\t</amq:authorizationEntries>'), fixed);
});

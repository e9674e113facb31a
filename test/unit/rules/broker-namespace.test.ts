// A `<broker>` pasted from a documentation page without ActiveMQ's namespace: one warning that ActiveMQ will not
// load it, a fix that adds the namespace, and every other mistake of the snippet reported as with the namespace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixRemoves, lint, NS, securedBroker } from '../../helpers';
import { ruleTester } from './ruleTester';

const USERS = `          <authenticationUser username="admin" password="admin" groups="admins,everyone"/>
          <authenticationUser username="alfresco" password="password" groups="alfresco,everyone"/>`;
/** Entries the way documentation prints them: a glued wildcard, a consumer queue under topic=. */
const ENTRIES = `              <authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>
              <authorizationEntry topic=">" read="admins" write="admins" admin="admins"/>
              <authorizationEntry topic="alfresco.repo.event2.nodes>" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry topic="Consumer.*.VirtualTopic.alfresco.>" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry topic="ActiveMQ.Advisory.>" read="everyone" write="everyone" admin="everyone"/>`;

const inBeans = securedBroker(USERS, ENTRIES);
/** The broker alone, as the root, the way a snippet pasted into a file is. */
const namespaced = inBeans.slice(inBeans.indexOf('<broker'), inBeans.indexOf('</beans>'));
const bare = namespaced.replace(` xmlns="${NS}"`, '');
const other = (reported: { rule: string; text: string; line: number; message: string }[]) =>
  reported.filter((r) => r.rule !== 'broker-namespace').map((r) => `${r.rule} ${r.line} ${r.text} ${r.message}`);

test('a root <broker> without the namespace gets one warning and the same findings as with it', () => {
  const { reported } = lint(bare);
  const warning = reported.filter((r) => r.rule === 'broker-namespace');
  assert.deepEqual(warning.map((r) => [r.severity, r.text, r.line]), [['warning', 'broker', 0]]);
  assert.match(warning[0].message, /ActiveMQ will not load it without xmlns="http:\/\/activemq\.apache\.org\/schema\/core"/);
  const rules = new Set(reported.map((r) => r.rule));
  for (const rule of ['weak-password', 'wildcard-syntax', 'virtual-topic-consumer-kind']) assert.ok(rules.has(rule), `${rule} reported on the snippet`);
  assert.deepEqual(other(reported), other(lint(namespaced).reported), 'the snippet is analysed as the namespaced broker is');
});

test('a <broker> under a Spring <beans> root without its own xmlns is analysed too', () => {
  const { reported } = lint(inBeans.replace(` xmlns="${NS}"`, ''));
  assert.deepEqual(reported.filter((r) => r.rule === 'broker-namespace').map((r) => [r.text, r.line]), [['broker', 1]]);
  assert.ok(reported.some((r) => r.rule === 'weak-password' && r.text === 'admin'));
});

const SCHEMA = 'http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core.xsd';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

// What the fixed texts below are was tried on ActiveMQ 5.17.2 (Debian): each starts, and each text before the fix
// fails with XmlBeanDefinitionStoreException (cvc-elt.1.a, cvc-complex-type.2.4.a or 2.4.c).
test('the fix adds the namespace and, where none names it, ActiveMQ\'s schema location: well-formed, the warning gone, the other findings unchanged', () => {
  const { reported } = lint(bare);
  assert.match(reported.find((r) => r.rule === 'broker-namespace')!.message, /without xmlns="http:\/\/activemq\.apache\.org\/schema\/core" and ActiveMQ's schema in xsi:schemaLocation\./);
  const fixed = fixRemoves(bare, reported.find((r) => r.rule === 'broker-namespace')!);
  assert.equal(fixed, namespaced.replace(`<broker xmlns="${NS}"`, `<broker xmlns="${NS}" ${XSI} xsi:schemaLocation="${SCHEMA}"`));
  assert.deepEqual(other(lint(fixed).reported), other(reported));
});

test('under a <beans> whose xsi:schemaLocation lacks ActiveMQ\'s schema, the fix adds it there; one that has it is left alone', () => {
  const beans = (schemas: string) => inBeans.replace(` xmlns="${NS}"`, '').replace('<beans xmlns="http://www.springframework.org/schema/beans">', `<beans xmlns="http://www.springframework.org/schema/beans" ${XSI}\n       xsi:schemaLocation="${schemas}">`);
  const springOnly = beans('http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd');
  const fixed = fixRemoves(springOnly, lint(springOnly).reported.find((r) => r.rule === 'broker-namespace')!);
  assert.equal(fixed, springOnly.replace('spring-beans.xsd"', `spring-beans.xsd ${SCHEMA}"`).replace('<broker', `<broker xmlns="${NS}"`));
  const both = beans(`http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd ${SCHEMA}`);
  const warning = lint(both).reported.find((r) => r.rule === 'broker-namespace')!;
  assert.match(warning.message, /without xmlns="[^"]+"\. The rest of the file is checked as if it had it\.$/);
  assert.equal(fixRemoves(both, warning), both.replace('<broker', `<broker xmlns="${NS}"`));
});

test('no warning for a namespaced broker, nor for another product\'s <broker> element', () => {
  assert.deepEqual(lint(namespaced).reported.filter((r) => r.rule === 'broker-namespace'), []);
  const kafka = lint('<config><broker id="1"><host>kafka-1</host></broker></config>\n');
  assert.equal(kafka.doc.isBrokerConfig, false);
  assert.deepEqual(kafka.reported, []);
  const prefixed = lint(`<beans xmlns="http://www.springframework.org/schema/beans" xmlns:amq="${NS}"><amq:broker brokerName="b"><amq:plugins/></amq:broker></beans>`);
  assert.deepEqual(prefixed.reported.filter((r) => r.rule === 'broker-namespace'), []);
});

ruleTester('broker-namespace', {
  valid: [inBeans],
  invalid: [
    { name: 'a root <broker> without the namespace', text: '<[[broker]] brokerName="b">\n</broker>\n', expect: [{ message: /This <broker> declares no namespace/, severity: 'warning', fix: { output: /<broker xmlns="http:\/\/activemq.apache.org\/schema\/core"/ } }] },
  ],
});

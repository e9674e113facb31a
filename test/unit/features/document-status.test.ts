// The status bar's account of a document: analysed or not and why, the broker version assumed and its source, the
// security in a sentence, and how many problems fix all would correct.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getLanguageService } from '../../../server/src/service/languageService';
import type { Settings } from '../../../server/src/base/settings';
import { brokerConfig, securedBroker } from '../../helpers';

const status = (text: string, settings?: Settings) => getLanguageService().documentStatus(text, 'file:///config/activemq.xml', 0, settings);
const USER = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';
const ENTRY = '              <authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>';

test('the example: analysed, its version from xsi:schemaLocation, its security in a sentence, and the slips fix all corrects (`Users` for `users` on one entry is one finding, ActiveMQ.Advisory under queue= another)', () => {
  const example = status(readFileSync('examples/activemq.xml', 'utf8'));
  assert.deepEqual(example, {
    kind: 'analysed',
    label: 'ActiveMQ broker config',
    detail: 'Broker 5.18.3, from xsi:schemaLocation. Security: simpleAuthenticationPlugin with 3 users; an authorization map with 5 entries.',
    autofixable: 2,
  });
});

test('the broker version comes from xsi:schemaLocation, else from the setting, else a current broker is assumed', () => {
  assert.match(status(brokerConfig('')).detail, /^Broker version: none named, so a current broker is assumed \(set activemqXml\.brokerVersion for an older one\)\. /);
  const located = brokerConfig('', '').replace(
    '<beans xmlns="http://www.springframework.org/schema/beans">',
    '<beans xmlns="http://www.springframework.org/schema/beans" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core-5.15.9.xsd">',
  );
  assert.match(status(located).detail, /^Broker 5\.15\.9, from xsi:schemaLocation\. /);
  assert.match(status(located, { brokerVersion: '6.1.0' }).detail, /^Broker 5\.15\.9, from xsi:schemaLocation\. /, 'the file wins over the setting');
  assert.match(status(brokerConfig(''), { brokerVersion: '6.1.0' }).detail, /^Broker 6\.1\.0, from the activemqXml\.brokerVersion setting\. /);
});

test('the security sentence names what is missing, and counts one user and one entry in the singular', () => {
  assert.match(status(brokerConfig('')).detail, /Security: no authentication plugin; no authorization plugin\.$/);
  assert.match(status(securedBroker(USER, ENTRY)).detail, /Security: simpleAuthenticationPlugin with 1 user; an authorization map with 1 entry\.$/);
});

test('not analysed, and why: no ActiveMQ namespace, above the size limit, a template that cannot be read as XML', () => {
  assert.deepEqual(status('<project><modelVersion>4.0.0</modelVersion></project>'), {
    kind: 'notBroker',
    label: 'Not an ActiveMQ config',
    detail: "No element in ActiveMQ's namespace (http://activemq.apache.org/schema/core), so the file is left alone.",
    autofixable: 0,
  });
  const large = status(securedBroker(USER, ENTRY.repeat(20)), { maxFileSizeKB: 1 });
  assert.equal(large.kind, 'tooLarge');
  assert.match(large.detail, /^\d+ KB, above the limit of 1 KB \(setting activemqXml\.maxFileSizeKB\)\.$/);
  const unreadable = status(securedBroker(USER, ENTRY.replace('<authorizationEntry', '<<%= @entry_tag %>')));
  assert.deepEqual([unreadable.kind, unreadable.label], ['template', 'ActiveMQ ERB template']);
  assert.match(unreadable.detail, /^An ERB template of a config whose markup cannot be read as XML with its template tags set aside: only its XML syntax is checked/);
  const readable = status(securedBroker(USER, ENTRY.replace('"users"', '"<%= @group %>"')));
  assert.deepEqual([readable.kind, readable.label], ['analysed', 'ActiveMQ ERB template'], 'a template that reads as XML is analysed');
  assert.match(readable.detail, /^An ERB template: its expressions are read as placeholders, its control tags as absent\. Broker version:/);
});

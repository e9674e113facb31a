// The generated vocabulary against a real generated schema: Debian's libactivemq-java ships the activemq.xsd of
// ActiveMQ 5.17.2; every difference from the committed (HEAD) vocabulary must be a reviewed, listed one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  allowedChildren, allowedInProperty, attributeType, checkAttributeValue, elementInfo, isKnownElement,
  elementNames, VOCABULARY_NAMESPACE,
} from '../../server/src/data/vocabulary';
import { nearestName } from '../../server/src/text/nearest';
import { vocabularyDiff } from '../../scripts/vocabularyDiff';
import { DEBIAN_XSD, needsDebianXsd } from '../requirements';

const KNOWN_DIFFERENCES = 'test/fixtures/vocabulary-5.17.2-vs-head.json';

test('the vocabulary differs from Debian\'s 5.17.2 activemq.xsd only by the listed 5.17.2-to-HEAD changes', needsDebianXsd(), () => {
  assert.ok(existsSync(DEBIAN_XSD), `${DEBIAN_XSD} is missing: run scripts/fetch-activemq-xsd.sh`);
  const vocabulary = JSON.parse(readFileSync('server/src/data/vocabulary.json', 'utf8'));
  const known = JSON.parse(readFileSync(KNOWN_DIFFERENCES, 'utf8')) as Record<string, string>;
  const actual = vocabularyDiff(vocabulary, readFileSync(DEBIAN_XSD, 'utf8'));
  const unexpected = actual.filter((line) => !Object.hasOwn(known, line));
  const vanished = Object.keys(known).filter((line) => !actual.includes(line));
  assert.deepEqual({ unexpected, vanished }, { unexpected: [], vanished: [] },
    `differences not in ${KNOWN_DIFFERENCES} (+ only in the vocabulary, - only in the XSD)`);
  for (const [line, reason] of Object.entries(known)) assert.ok(reason.trim().length > 0, `${line} needs a reason`);
});

test('the security elements have the vocabulary ActiveMQ reads', () => {
  assert.equal(VOCABULARY_NAMESPACE, 'http://activemq.apache.org/schema/core');
  for (const name of ['broker', 'authorizationPlugin', 'authorizationMap', 'authorizationEntry', 'simpleAuthenticationPlugin',
    'authenticationUser', 'tempDestinationAuthorizationEntry', 'jaasAuthenticationPlugin', 'transportConnector',
    'networkConnector', 'sslContext']) {
    assert.ok(isKnownElement(name), name);
  }
  assert.equal(elementInfo('authorizationEntry')?.class, 'org.apache.activemq.security.XBeanAuthorizationEntry');
  assert.ok(elementNames().length > 140);
  assert.equal(isKnownElement('AuthorizationEntry'), false);
  assert.equal(isKnownElement('toString'), false, 'no Object.prototype names');

  const plugins = allowedInProperty('broker', 'plugins') as string[];
  for (const plugin of ['authorizationPlugin', 'simpleAuthenticationPlugin', 'jaasAuthenticationPlugin', 'jaasCertificateAuthenticationPlugin']) {
    assert.ok(plugins.includes(plugin), plugin);
  }
  assert.ok(!plugins.includes('authorizationMap'));
  assert.deepEqual(allowedInProperty('authorizationPlugin', 'map'), ['authorizationMap', 'cachedLDAPAuthorizationMap', 'lDAPAuthorizationMap', 'simpleAuthorizationMap']);
  assert.deepEqual(allowedInProperty('broker', 'transportConnectors'), ['transportConnector']);
  assert.deepEqual(allowedInProperty('authorizationMap', 'tempDestinationAuthorizationEntry'), ['tempDestinationAuthorizationEntry']);
  // Generic lists are untyped in the generated schema: xbean reads no generic arguments and ignores @ElementType.
  assert.equal(allowedInProperty('authorizationMap', 'authorizationEntries'), 'any');
  assert.equal(allowedInProperty('simpleAuthenticationPlugin', 'users'), 'any');
  assert.equal(allowedInProperty('broker', 'authorizationEntries'), undefined);
  assert.ok(allowedChildren('broker').includes('plugins'));
  assert.ok(allowedChildren('simpleAuthenticationPlugin').includes('users'));
  assert.deepEqual(allowedChildren('noSuchElement'), []);
  assert.equal(elementInfo('broker')?.children.plugins.multiple, true);
  assert.equal(elementInfo('authorizationPlugin')?.children.map.multiple, false);
});

test('attribute types follow the setters and ActiveMQ\'s property editors', () => {
  assert.equal(attributeType('authorizationEntry', 'queue'), 'string');
  assert.equal(attributeType('authorizationEntry', 'group'), undefined);
  assert.equal(attributeType('authorizationEntry', 'id'), 'id');
  assert.equal(attributeType('simpleAuthenticationPlugin', 'anonymousAccessAllowed'), 'boolean');
  assert.equal(attributeType('broker', 'useJmx'), 'bool-editor');
  assert.equal(attributeType('broker', 'populateJMSXUserID'), 'boolean');
  assert.equal(attributeType('memoryUsage', 'limit'), 'size');
  assert.equal(attributeType('kahaDB', 'journalMaxFileLength'), 'size');
  assert.equal(attributeType('transportConnector', 'maximumConnections'), undefined, 'a URI option, not an attribute');
  assert.equal(attributeType('broker', 'persistenceAdapter'), 'ref');
  assert.equal(attributeType('broker', 'schedulePeriodForDestinationPurge'), 'integer');
  assert.equal(attributeType('broker', 'offlineDurableSubscriberTimeout'), 'long');
  assert.equal(attributeType('sslContext', 'SSLContext'), 'ref', 'Introspector keeps SSLContext capitalised');
});

test('attribute values are checked by type, placeholders always accepted', () => {
  assert.equal(checkAttributeValue('boolean', 'yes'), 'must be true or false');
  assert.equal(checkAttributeValue('boolean', 'true'), undefined);
  assert.equal(checkAttributeValue('boolean', 'TRUE'), 'must be true or false', 'xs:boolean is case-sensitive');
  assert.equal(checkAttributeValue('bool-editor', 'TRUE'), undefined);
  assert.equal(checkAttributeValue('bool-editor', '1'), 'must be true or false', 'BooleanEditor reads only true/false');
  assert.equal(checkAttributeValue('size', '64 mb'), undefined);
  assert.equal(checkAttributeValue('size', '1G'), undefined);
  assert.equal(checkAttributeValue('size', '1048576'), undefined);
  assert.match(checkAttributeValue('size', '64 megs')!, /size/);
  assert.match(checkAttributeValue('size', '1.5 gb')!, /size/);
  assert.equal(checkAttributeValue('integer', '${port}'), undefined);
  assert.equal(checkAttributeValue('bool-editor', '${activemq.persistent}'), undefined);
  assert.match(checkAttributeValue('integer', '1.5')!, /whole number/);
  assert.match(checkAttributeValue('integer', '3000000000')!, /between/);
  assert.equal(checkAttributeValue('long', '3000000000'), undefined);
  assert.equal(checkAttributeValue('double', '0.5'), undefined);
  assert.match(checkAttributeValue('double', 'half')!, /number/);
  assert.equal(checkAttributeValue('ref', '#myStore'), undefined);
  assert.equal(checkAttributeValue('string', 'anything'), undefined);
  assert.equal(checkAttributeValue(undefined, 'anything'), undefined);
});

test('nearestName suggests the intended name', () => {
  assert.equal(nearestName('authorizationEntrys', ['authorizationEntry', 'authorizationEntries']), 'authorizationEntry');
  assert.equal(nearestName('AuthorizationEntry', elementNames()), 'authorizationEntry');
  assert.equal(nearestName('simpleAuthentificationPlugin', elementNames()), 'simpleAuthenticationPlugin');
  assert.equal(nearestName('transportConector', allowedChildren('broker').concat(elementNames())), 'transportConnector');
  assert.equal(nearestName('xyz', elementNames()), undefined, 'nothing near enough');
});

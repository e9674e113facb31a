// The generated vocabulary against a real generated schema: Debian's libactivemq-java ships the activemq.xsd of
// ActiveMQ 5.17.2; every difference from the committed (HEAD) vocabulary must be a reviewed, listed one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { allowedInProperty, attributeType, checkAttributeValue, isKnownElement } from '../../server/src/data/vocabulary';
import { vocabularyDiff } from '../../scripts/vocabularyDiff';

const XSD = '.cache/activemq-xsd/activemq.xsd';

test('the vocabulary differs from Debian\'s 5.17.2 activemq.xsd only in the reviewed ways', (t) => {
  if (!existsSync(XSD)) {
    const message = `${XSD} is missing: run scripts/fetch-activemq-xsd.sh`;
    if (process.env.CI) assert.fail(message);
    t.skip(message);
    return;
  }
  const vocabulary = JSON.parse(readFileSync('server/src/data/vocabulary.json', 'utf8'));
  const known = JSON.parse(readFileSync('test/fixtures/vocabulary-5.17.2-vs-head.json', 'utf8')) as Record<string, string>;
  const diff = vocabularyDiff(vocabulary, readFileSync(XSD, 'utf8'));
  assert.deepEqual(diff, Object.keys(known).sort());
  assert.ok(diff.length < 100, `${diff.length} differences`);
});

test('the security elements have the vocabulary ActiveMQ reads', () => {
  for (const name of ['broker', 'authorizationPlugin', 'authorizationMap', 'authorizationEntry', 'simpleAuthenticationPlugin', 'authenticationUser', 'tempDestinationAuthorizationEntry', 'transportConnector', 'networkConnector', 'sslContext']) {
    assert.ok(isKnownElement(name), name);
  }
  // Generic lists are untyped in the schema (xbean ignores @ElementType); missing-element checks what stands there.
  assert.equal(allowedInProperty('authorizationMap', 'authorizationEntries'), 'any');
  assert.deepEqual(allowedInProperty('authorizationMap', 'tempDestinationAuthorizationEntry'), ['tempDestinationAuthorizationEntry']);
  assert.ok((allowedInProperty('broker', 'plugins') as string[]).includes('authorizationPlugin'));
  assert.ok((allowedInProperty('authorizationPlugin', 'map') as string[]).includes('authorizationMap'));
  assert.equal(attributeType('authorizationEntry', 'queue'), 'string');
  assert.equal(attributeType('simpleAuthenticationPlugin', 'anonymousAccessAllowed'), 'boolean');
  assert.equal(attributeType('authorizationEntry', 'group'), undefined);
});

test('attribute values are checked by type, placeholders always accepted', () => {
  assert.equal(checkAttributeValue('boolean', 'yes'), 'must be true or false');
  assert.equal(checkAttributeValue('boolean', 'true'), undefined);
  assert.equal(checkAttributeValue('bool-editor', 'TRUE'), undefined);
  assert.equal(checkAttributeValue('size', '64 mb'), undefined);
  assert.match(checkAttributeValue('size', '64 megs')!, /size/);
  assert.equal(checkAttributeValue('integer', '${port}'), undefined);
  assert.match(checkAttributeValue('integer', '1.5')!, /whole number/);
});

// The destination engine against ActiveMQ's own tests (class and method named in each case), the fact sheet's
// "(run)" cases, and a brute-force oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyseOverlaps,
  contains,
  coverageAll,
  effectivePermissions,
  matches,
  overlaps,
  parseDestination,
  parseQualifiedDestination,
  splitComposite,
  witness,
  type MapEntryInput,
  type SecurityInput,
} from '../../server/src/destinations';

const q = (text: string) => parseDestination(text, 'queue');
const t = (text: string) => parseDestination(text, 'topic');

function expectMatches(name: string, stored: string[], lookup: string, expected: string[]): void {
  test(`${name}: ${lookup} → ${expected.join(', ') || 'nothing'}`, () => {
    assert.deepEqual(stored.filter((s) => matches(q(lookup), s)), expected);
  });
}

// DestinationMapTest: the stored names are concrete, the lookups patterns.
const D = ['TEST.D1', 'TEST.BAR.D2', 'TEST.BAR.D3'];
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, 'TEST.*', ['TEST.D1']);
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, '*.D1', ['TEST.D1']);
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, '*.*', ['TEST.D1']);
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, 'TEST.*.D2', ['TEST.BAR.D2']);
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, 'TEST.BAR.*', ['TEST.BAR.D2', 'TEST.BAR.D3']);
expectMatches('DestinationMapTest.testLookupOneStepWildcardDestinations', D, 'TEST.BAR.D4', []);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, '>', D);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, 'TEST.>', D);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, '*.>', D);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, 'TEST.*.>', D);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, 'TEST.*.*.>', ['TEST.BAR.D2', 'TEST.BAR.D3']);
expectMatches('DestinationMapTest.testLookupMultiStepWildcardDestinations', D, 'FOO.>', []);
const MQTT = ['TopicA', '.TopicA', 'TopicA.', '.', '..TopicA', '..'];
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '>', MQTT);
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '*', ['TopicA']);
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '*.>', MQTT);
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '.*', ['.TopicA', '.']);
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '*.', ['TopicA.', '.']);
expectMatches('DestinationMapTest.testMQTTMappedWildcards', MQTT, '*.*', ['.TopicA', 'TopicA.', '.']);

// DestinationMapTest with the wildcard stored in the map and concrete lookups.
for (const [stored, name, expected] of [
  ['TEST.*', 'FOO', false], ['TEST.*', 'TEST.FOO', true], ['TEST.*', 'TEST.FOO.FOO', false], // testStoreWildcardWithOneStepPath
  ['TEST.BAR.*', 'TEST.BAR.FOO', true], ['TEST.BAR.*', 'TEST.BAR.D3', true],
  ['TEST.FOO.>', 'TEST.FOO.BAR.WHANOT.A.B.C', true], ['TEST.FOO.>', 'TEST.FOO.BAR', true], // testAnyPathWildcardInMap
  ['TEST.FOO.>', 'TEST.BAR', false], ['TEST.FOO.>', 'TEST.FOO', true],
] as const) {
  test(`DestinationMapTest: stored ${stored} ${expected ? 'matches' : 'does not match'} ${name}`, () => assert.equal(matches(q(stored), name), expected));
}

test('DestinationMapTest.testQueueAndTopicWithSameName: kinds are separate trees', () => {
  assert.equal(matches(q('FOO'), t('FOO')), false);
  assert.equal(overlaps(q('>'), t('>')), false);
});

// The fact sheet's cases run against ActiveMQ's classes (activemq-facts.md Q1).
for (const [pattern, name, expected] of [
  ['Consumer.*.VirtualTopic.alfresco.repo.events.nodes>', 'Consumer.A.VirtualTopic.alfresco.repo.events.nodes', false],
  ['Consumer.*.VirtualTopic.alfresco.repo.events.nodes>', 'Consumer.A.VirtualTopic.alfresco.repo.events.nodes.created', false],
  ['Consumer.*.VirtualTopic.alfresco.repo.events.nodes>', 'Consumer.A.VirtualTopic.alfresco.repo.events.nodes>', true],
  ['FOO*', 'FOOBAR', false],
  ['M.*.>', 'M', false], ['M.*.>', 'M.x', true],
  ['A.>.B', 'A', false], ['A.>.B', 'A.B', true], ['A.>.B', 'A.X', true], ['A.>.B', 'A.X.B', true],
  ['P..Q', 'P..Q', true], ['P..Q', 'P.X.Q', false], ['P.*.Q', 'P..Q', true],
  ['CASE.Foo', 'case.foo', false],
  ['>', 'ANYTHING.AT.ALL', true],
] as const) {
  test(`activemq-facts Q1 (run): ${pattern} ${expected ? 'matches' : 'does not match'} ${name}`, () => assert.equal(matches(q(pattern), name), expected));
}

test('composite values split, trim, skip empty parts and carry their own kind and offsets (ActiveMQDestination.setPhysicalName)', () => {
  const raw = ' A.>, topic://B.C ,,D?x=1,E ';
  const parts = splitComposite(raw, 'queue');
  assert.deepEqual(parts.map((p) => [p.pattern.kind, p.pattern.text, raw.slice(p.start, p.end)]), [
    ['queue', 'A.>', 'A.>'],
    ['topic', 'B.C', 'topic://B.C'],
    // Options start at the first `?` of the whole value, so `,E` belongs to them.
    ['queue', 'D', 'D'],
  ]);
});

test('a single attribute value keeps a kind prefix as text: queue="topic://B" is a queue named topic://B', () => {
  const [single] = splitComposite(' topic://B ', 'queue');
  assert.deepEqual([single.pattern.kind, single.pattern.text, single.start, single.end], ['queue', 'topic://B', 1, 10]);
  // A `,` after the `?` does not make a composite; the options are dropped.
  assert.deepEqual(splitComposite('A?x=1,topic://B', 'queue').map((p) => p.pattern.text), ['A']);
  assert.deepEqual(splitComposite('  ', 'queue'), []);
});

test('a client destination: a leading prefix sets the kind of every part, a part may override it', () => {
  assert.deepEqual(parseQualifiedDestination('topic://A,B', 'queue').map((p) => `${p.kind}:${p.text}`), ['topic:A', 'topic:B']);
  assert.deepEqual(parseQualifiedDestination('A, topic://B', 'queue').map((p) => `${p.kind}:${p.text}`), ['queue:A', 'topic:B']);
  assert.deepEqual(parseQualifiedDestination('temp-queue://ID:1?x', 'queue').map((p) => `${p.kind}:${p.text}`), ['temp-queue:ID:1']);
});

const users = [
  { name: 'admin', groups: ['admins'] },
  { name: 'alice', groups: ['users'] },
  { name: 'guest', groups: ['guests'] },
];
function entry(id: number, kind: 'queue' | 'topic', pattern: string, read: string[], write: string[] = [], admin: string[] = []): MapEntryInput {
  return { id, patterns: splitComposite(pattern, kind).map((p) => p.pattern), read, write, admin };
}
const authorizationMapTestMap: SecurityInput = {
  users,
  map: { entries: [entry(0, 'queue', '>', ['admins']), entry(1, 'queue', 'USERS.>', ['users']), entry(2, 'queue', 'QUEUEA', ['users']), entry(3, 'queue', 'QUEUEB', ['users'])] },
};

test('AuthorizationMapTest.testAuthorizationMap: entries add up (USERS.FOO.BAR readable by admins and users)', () => {
  const answer = effectivePermissions(authorizationMapTestMap, 'queue://USERS.FOO.BAR');
  assert.deepEqual(answer.read.groups, ['admins', 'users']);
  assert.deepEqual(answer.read.users, ['admin', 'alice']);
  assert.deepEqual(answer.write.groups, []);
});

test('AuthorizationMapTest.testComposite: a composite counts only entries common to every part', () => {
  assert.deepEqual(effectivePermissions(authorizationMapTestMap, 'queue://USERS.FOO.BAR,DENIED').read.groups, ['admins']);
  assert.deepEqual(effectivePermissions(authorizationMapTestMap, 'USERS.FOO.BAR,USERS.BAR.FOO').read.groups, ['admins', 'users']);
  // QUEUEA and QUEUEB have different entries with equal ACLs: AuthorizationEntry.equals ignores the destination.
  assert.deepEqual(effectivePermissions(authorizationMapTestMap, 'QUEUEA,QUEUEB').read.groups, ['admins', 'users']);
});

test('no matching entry means denied; defaultEntry is unioned into every lookup (DefaultAuthorizationMap.getAllEntries)', () => {
  assert.deepEqual(effectivePermissions(authorizationMapTestMap, 'topic://ActiveMQ.Advisory.TempQueue').read.users, []);
  const withDefault: SecurityInput = { ...authorizationMapTestMap, map: { ...authorizationMapTestMap.map, defaultEntry: { read: ['guests'], write: [], admin: [] } } };
  const answer = effectivePermissions(withDefault, 'queue://USERS.X');
  assert.deepEqual(answer.read.groups, ['admins', 'guests', 'users']);
  assert.equal(answer.usesDefaultEntry, true);
});

test('AuthorizationMapTest wildcard principal: * is every authenticated connection, anonymous included when on', () => {
  const input: SecurityInput = { users, anonymous: { allowed: true, group: 'anonymous' }, map: { entries: [entry(0, 'topic', 'ActiveMQ.Advisory.>', ['*'])] } };
  const read = effectivePermissions(input, 'topic://ActiveMQ.Advisory.TempTopic').read;
  assert.equal(read.everyone, true);
  assert.deepEqual(read.users, ['admin', 'alice', 'guest']);
  assert.equal(read.anonymous, true);
});

test('temporary destinations ignore entries: open without a temp entry, governed by it otherwise (activemq-facts Q5)', () => {
  const open = effectivePermissions(authorizationMapTestMap, 'temp-queue://ID:x');
  assert.equal(open.tempGoverned, 'open');
  assert.equal(open.admin.everyone, true);
  const governed = effectivePermissions({ ...authorizationMapTestMap, map: { ...authorizationMapTestMap.map, tempEntry: { read: ['users'], write: ['users'], admin: ['admins'] } } }, 'temp-topic://ID:y');
  assert.equal(governed.tempGoverned, 'entry');
  assert.deepEqual(governed.admin.users, ['admin']);
});

test('analyseOverlaps classifies partners, names at most a handful and counts the rest', () => {
  const entries = [
    entry(0, 'queue', '>', ['admins']),
    entry(1, 'queue', 'ORDERS.>', ['users']),
    entry(2, 'queue', 'ORDERS.>', ['ops']),
    entry(3, 'queue', 'ORDERS.*.EU', ['eu']),
    entry(4, 'queue', '*.IN.EU', ['in']),
    entry(5, 'topic', 'ORDERS.>', ['users']),
    ...Array.from({ length: 10 }, (_, i) => entry(6 + i, 'queue', `APP${i}.Q`, ['x'])),
  ];
  const byId = new Map(analyseOverlaps(entries, 3).map((f) => [f.id, f]));
  const one = byId.get(1)!;
  assert.deepEqual(one.partners.map((p) => [p.id, p.relation]).sort(), [[0, 'contained-by'], [2, 'identical'], [3, 'contains']].sort());
  assert.equal(one.more, 1); // entry 4 is counted, not named
  const three = analyseOverlaps(entries).find((f) => f.id === 3)!;
  const partial = three.partners.find((p) => p.id === 4);
  assert.equal(partial?.relation, 'partial');
  assert.equal(partial?.witness, 'ORDERS.IN.EU');
  const broad = byId.get(0)!;
  assert.equal(broad.partners.length, 3);
  assert.equal(broad.partners.length + broad.more, 14);
  assert.equal(byId.has(5), false, 'a topic pattern never overlaps queue patterns');
});

test('coverageAll: an entry whose rights are all granted by entries containing it adds nothing', () => {
  const map = { entries: [entry(0, 'topic', 'mcollective.>', ['mcollective'], ['mcollective'], ['mcollective']), entry(1, 'topic', 'mcollective.nodes', ['mcollective'], [], ['admins'])] };
  const cov = coverageAll(map).get(1)!;
  assert.deepEqual(cov.coveringEntryIds, [0]);
  assert.deepEqual(cov.addsNothing, { read: true, write: true, admin: false });
  assert.deepEqual(coverageAll(map).get(0)!.coveringEntryIds, []);
});

// Property tests against enumeration over a small alphabet.
const SEGMENTS = ['A', 'B', '', '*', '>', 'nodes>'];
const NAME_SEGMENTS = ['A', 'B', '', 'nodes>', 'C'];
const patternArb = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((s) => q(s.join('.')));
const allNames: string[] = [];
(function enumerate(prefix: string[]) {
  if (prefix.length > 0) allNames.push(prefix.join('.'));
  if (prefix.length === 6) return;
  for (const s of NAME_SEGMENTS) enumerate([...prefix, s]);
})([]);

test('property: overlaps and witness agree with enumerating destinations', () => {
  fc.assert(
    fc.property(patternArb, patternArb, (p, r) => {
      const shared = allNames.some((n) => matches(p, n) && matches(r, n));
      assert.equal(overlaps(p, r), shared, `${p.text} / ${r.text}`);
      const w = witness(p, r);
      if (w !== undefined) assert.ok(matches(p, w) && matches(r, w), `witness ${w} of ${p.text} / ${r.text}`);
    }),
    { seed: 42, numRuns: 400 },
  );
});

test('property: contains agrees with enumerating destinations', () => {
  fc.assert(
    fc.property(patternArb, patternArb, (p, r) => {
      const covered = allNames.every((n) => !matches(r, n) || matches(p, n));
      assert.equal(contains(p, r), covered, `${p.text} ⊇ ${r.text}`);
    }),
    { seed: 7, numRuns: 400 },
  );
});

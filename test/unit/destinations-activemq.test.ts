// More of ActiveMQ's own tests as tables (Java class and method in each name): DestinationMapTest with wildcards
// stored and looked up, DestinationFilterTest where the authorization map agrees with the filter (and where it does
// not), and AuthorizationMapTest's wildcard subscriptions, wildcard principal and temp-destination cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectivePermissions, matches, overlaps, parseDestination, splitComposite, type MapEntryInput, type SecurityInput } from '../../server/src/destinations';

const q = (text: string) => parseDestination(text, 'queue');
const t = (text: string) => parseDestination(text, 'topic');

/**
 * DestinationMap.get answers a lookup with the values of the stored patterns that share a destination with it
 * (for a concrete lookup: the patterns matching it). The Java tests store topics.
 */
function expectLookups(method: string, stored: Record<string, string[]>, lookups: [string, string[]][]): void {
  for (const [lookup, expected] of lookups) {
    test(`DestinationMapTest.${method}: ${lookup} → ${expected.join(', ') || 'nothing'}`, () => {
      const values = new Set<string>();
      for (const [pattern, vs] of Object.entries(stored)) if (overlaps(t(pattern), t(lookup))) for (const v of vs) values.add(v);
      assert.deepEqual([...values].sort(), [...expected].sort());
    });
  }
}

expectLookups('testSimpleDestinations', { 'TEST.D1': ['v1'], 'TEST.BAR.D2': ['v2'], 'TEST.BAR.D3': ['v3'] }, [
  ['TEST.D1', ['v1']],
  ['TEST.BAR.D2', ['v2']],
  ['TEST.BAR.D3', ['v3']],
]);
expectLookups('testSimpleDestinationsWithMultipleValues', { 'TEST.D1': ['v1'], 'TEST.BAR.D2': ['v2', 'v3'] }, [
  ['TEST.D1', ['v1']],
  ['TEST.BAR.D2', ['v2', 'v3']],
  ['TEST.BAR.D3', []],
]);
const oneStep = { 'TEST.*': ['v1'], 'TEST.D1': ['v2'], 'TEST.BAR.*': ['v2'], 'TEST.BAR.D3': ['v3'] };
expectLookups('testStoreWildcardWithOneStepPath', oneStep, [
  ['FOO', []],
  ['TEST.FOO', ['v1']],
  ['TEST.D1', ['v1', 'v2']],
  ['TEST.FOO.FOO', []],
  ['TEST.BAR.FOO', ['v2']],
  ['TEST.BAR.D3', ['v2', 'v3']],
  ['TEST.*', ['v1', 'v2']],
  ['*.D1', ['v1', 'v2']],
  ['*.*', ['v1', 'v2']],
  ['TEST.*.*', ['v2', 'v3']],
  ['TEST.BAR.*', ['v2', 'v3']],
  ['*.*.*', ['v2', 'v3']],
  ['*.BAR.*', ['v2', 'v3']],
  ['*.BAR.D3', ['v2', 'v3']],
  ['*.*.D3', ['v2', 'v3']],
]);
const middle = {
  'TEST.*': ['v1'],
  'TEST.D1': ['v2'],
  'TEST.BAR.*': ['v2'],
  'TEST.XYZ.D3': ['v3'],
  'TEST.XYZ.D4': ['v4'],
  'TEST.BAR.D3': ['v5'],
  'TEST.*.D2': ['v6'],
};
expectLookups('testStoreWildcardInMiddleOfPath', middle, [
  ['TEST.*.D3', ['v2', 'v3', 'v5']],
  ['TEST.*.D4', ['v2', 'v4']],
  ['TEST.*', ['v1', 'v2']],
  ['TEST.*.*', ['v2', 'v3', 'v4', 'v5', 'v6']],
  ['TEST.*.>', ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']],
  ['TEST.>', ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']],
  ['TEST.>.>', ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']],
  ['*.*.D3', ['v2', 'v3', 'v5']],
  ['TEST.BAR.*', ['v2', 'v5', 'v6']],
  ['TEST.BAR.D2', ['v2', 'v6']],
  ['TEST.*.D2', ['v2', 'v6']],
]);
expectLookups('testDoubleWildcardDoesNotMatchLongerPattern', { 'TEST.*': ['v1'], 'TEST.BAR.D3': ['v2'] }, [['*.*.D3', ['v2']]]);
expectLookups('testWildcardAtEndOfPathAndAtBeginningOfSearch', { 'TEST.*': ['v1'] }, [['*.D1', ['v1']]]);
expectLookups('testAnyPathWildcardInMap', { 'TEST.FOO.>': ['v1'] }, [
  ['TEST.FOO.BAR.WHANOT.A.B.C', ['v1']],
  ['TEST.FOO.BAR.WHANOT', ['v1']],
  ['TEST.FOO.BAR', ['v1']],
  ['TEST.*.*', ['v1']],
  ['TEST.BAR', []],
  ['TEST.FOO', ['v1']],
]);
expectLookups('testMQTTMappedWildcards', { TopicA: ['v1'], '.TopicA': ['v2'], 'TopicA.': ['v3'], '.': ['v4'], '..TopicA': ['v5'], '..': ['v6'] }, [
  ['>', ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']],
  ['*', ['v1']],
  ['*.>', ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']],
  ['.*', ['v2', 'v4']],
  ['*.', ['v3', 'v4']],
  ['*.*', ['v2', 'v3', 'v4']],
  ['*.*.', ['v6']],
  ['*.*.*', ['v5', 'v6']],
]);
const sample2 = { 'TEST.FOO': ['v1'], 'TEST.*': ['v2'], 'TEST.>': ['v3'], '>': ['v4'], 'TEST.FOO.BAR': ['v5'], 'TEST.XYZ': ['v6'] };
expectLookups('testStoreAndLookupAllWildcards (assertSample2)', sample2, [
  ['FOO', ['v4']],
  ['TEST.FOO', ['v1', 'v2', 'v3', 'v4']],
  ['TEST.D1', ['v2', 'v3', 'v4']],
  ['TEST.FOO.FOO', ['v3', 'v4']],
  ['TEST.BAR.FOO', ['v3', 'v4']],
  ['TEST.FOO.BAR', ['v3', 'v4', 'v5']],
  ['TEST.BAR.D3', ['v3', 'v4']],
  ['TEST.*', ['v1', 'v2', 'v3', 'v4', 'v6']],
  ['*.*', ['v1', 'v2', 'v3', 'v4', 'v6']],
  ['*.D1', ['v2', 'v3', 'v4']],
  ['TEST.*.*', ['v3', 'v4', 'v5']],
  ['TEST.BAR.*', ['v3', 'v4']],
]);
expectLookups('testStoreAndLookupAllWildcards (without > and TEST.*)', { 'TEST.FOO': ['v1'], 'TEST.>': ['v3'], 'TEST.FOO.BAR': ['v5'], 'TEST.XYZ': ['v6'] }, [
  ['FOO', []],
  ['TEST.FOO', ['v1', 'v3']],
  ['TEST.D1', ['v3']],
  ['TEST.FOO.FOO', ['v3']],
  ['TEST.FOO.BAR', ['v3', 'v5']],
  ['TEST.*', ['v1', 'v3', 'v6']],
  ['*.*', ['v1', 'v3', 'v6']],
  ['*.D1', ['v3']],
  ['TEST.*.*', ['v3', 'v5']],
  ['TEST.BAR.*', ['v3']],
]);
expectLookups('testAddAndRemove', { 'FOO.A': ['v1'], 'FOO.B': ['v2'] }, [['FOO.>', ['v1', 'v2']]]);
expectLookups('testRemoveWildcard', { 'FOO.A': ['v1'], 'FOO.>': ['v2'] }, [['FOO.A', ['v1', 'v2']]]);

test('DestinationMapTest.testQueueAndTopicWithSameName: a queue and a topic named foo are different destinations', () => {
  assert.equal(matches(q('foo'), t('foo')), false);
  assert.equal(matches(t('foo'), t('foo')), true);
});

// DestinationFilterTest: the filter's verdicts, checked against the authorization map's matching.
for (const [method, pattern, name, expected] of [
  ['testPrefixFilter', q('>'), t('>'), false],
  ['testWildcardFilter', q('A.*'), t('A.B'), false],
  ['testMatchesChild', q('A.*.C'), t('A.B'), false],
  ['testMatchesChild', q('A.*.C'), q('A.B.C'), true],
  ['testMatchesChild', q('A.*'), q('A.B'), true],
  ['testMatchesChild', q('A.*'), q('A'), false],
  ['testMatchesAny', q('A.>.>'), q('A.C'), true],
  ['testMatchesAny', q('A.>.>'), q('B'), false],
  ['testMatchesAny', q('A.>.>'), q('A.B'), true],
  ['testMatchesAny', q('A.>.>'), q('A.B.C.D.E.F'), true],
] as const) {
  test(`DestinationFilterTest.${method}: ${pattern.kind}://${pattern.text} ${expected ? 'matches' : 'does not match'} ${name.kind}://${name.text}`, () => {
    assert.equal(matches(pattern, name), expected);
  });
}

test('DestinationFilterTest.testCompositeFilter: queue A.B,B.C matches no topic', () => {
  const parts = splitComposite('A.B,B.C', 'queue');
  assert.equal(parts.length, 2);
  assert.equal(parts.some((p) => matches(p.pattern, t('A.B'))), false);
});

test('DestinationFilterTest.testMatchesAny differs: the filter lets A.>.> match A, the authorization map does not (activemq-facts Q1)', () => {
  assert.equal(matches(q('A.>.>'), 'A'), false);
  assert.equal(matches(q('A.>'), 'A'), true);
});

function entry(id: number, pattern: string, read: string, write = '', admin = ''): MapEntryInput {
  const groups = (s: string) => (s ? s.split(',') : []);
  return { id, patterns: splitComposite(pattern, 'queue').map((p) => p.pattern), read: groups(read), write: groups(write), admin: groups(admin) };
}
const readGroups = (input: SecurityInput, destination: string) => effectivePermissions(input, destination).read.groups;

test('AuthorizationMapTest.testWildcardSubscriptions: a wildcard lookup finds only entries whose pattern covers the wildcard', () => {
  const map = (...entries: MapEntryInput[]): SecurityInput => ({ users: [], map: { entries } });
  const a = entry(0, 'A', 'usersA');
  const users = entry(1, 'USERS.>', 'users');
  const usersA = entry(2, 'USERS.A.>', 'usersA');
  const all = entry(3, '>', 'admins');
  let input = map(a);
  assert.deepEqual(readGroups(input, '>'), []);
  assert.deepEqual(readGroups(input, 'A'), ['usersA']);
  input = map(a, users);
  assert.deepEqual(readGroups(input, '>'), []);
  assert.deepEqual(readGroups(input, 'USERS.>'), ['users']);
  assert.deepEqual(readGroups(input, 'USERS.FOO.>'), ['users']);
  assert.deepEqual(readGroups(input, 'USERS.TEST'), ['users']);
  input = map(a, users, usersA);
  assert.deepEqual(readGroups(input, '>'), []);
  assert.deepEqual(readGroups(input, 'USERS.FOO.>'), ['users']);
  assert.deepEqual(readGroups(input, 'USERS.A.>'), ['users', 'usersA']);
  input = map(a, users, usersA, all);
  assert.deepEqual(readGroups(input, '>'), ['admins']);
  assert.deepEqual(readGroups(input, 'A'), ['admins', 'usersA']);
  assert.deepEqual(readGroups(input, 'USERS.>'), ['admins', 'users']);
  assert.deepEqual(readGroups(input, 'USERS.TEST'), ['admins', 'users']);
  assert.deepEqual(readGroups(input, 'USERS.A.>'), ['admins', 'users', 'usersA']);
});

test('activemq-facts Q2 (run): a stored FOO.* entry contributes to a FOO.> subscription; a * in the lookup stands for any stored segment', () => {
  const input: SecurityInput = { users: [], map: { entries: [entry(0, 'FOO.*', 'star'), entry(1, 'FOO.BAR', 'bar'), entry(2, 'FOO', 'foo')] } };
  assert.deepEqual(readGroups(input, 'FOO.>'), ['star']);
  // AnyChildDestinationNode: the lookup FOO.* walks every child of FOO, so FOO.BAR's entry counts too.
  assert.deepEqual(readGroups(input, 'FOO.*'), ['bar', 'star']);
});

test('activemq-facts Q2 (run): every matching entry adds its groups (>, FOO.>, FOO.*, FOO.BAR)', () => {
  const input: SecurityInput = { users: [], map: { entries: [entry(0, '>', 'admins'), entry(1, 'FOO.>', 'foo'), entry(2, 'FOO.*', 'star'), entry(3, 'FOO.BAR', 'bar')] } };
  assert.deepEqual(readGroups(input, 'FOO.BAR'), ['admins', 'bar', 'foo', 'star']);
  assert.deepEqual(readGroups(input, 'FOO'), ['admins', 'foo']);
  assert.deepEqual(readGroups({ users: [], map: { entries: [entry(0, 'A', 'users')] } }, 'B'), []);
});

test('activemq-facts Q2 (run): defaultEntry is no fallback, its groups join every lookup', () => {
  const input: SecurityInput = { users: [], map: { entries: [entry(0, 'A', 'users')], defaultEntry: { read: ['everyone'], write: [], admin: [] } } };
  assert.deepEqual(readGroups(input, 'A'), ['everyone', 'users']);
  assert.deepEqual(readGroups(input, 'B'), ['everyone']);
  assert.equal(effectivePermissions(input, 'temp-queue://ID:1').usesDefaultEntry, false, 'temporary destinations never use it');
});

test('AuthorizationMapTest.testWildcards: read="*" and write="*" on > reach everyone, admin only admins; the temp entry admin="*"', () => {
  const input: SecurityInput = {
    users: [{ name: 'u', groups: ['users'] }, { name: 'a', groups: ['admins'] }],
    map: { entries: [entry(0, '>', '*', '*', 'admins')], tempEntry: { read: [], write: [], admin: ['*'] } },
  };
  const answer = effectivePermissions(input, 'queue://USERS.FOO.BAR');
  assert.deepEqual(answer.read.groups, ['*']);
  assert.equal(answer.read.everyone && answer.write.everyone, true);
  assert.deepEqual(answer.read.users, ['u', 'a']);
  assert.deepEqual(answer.admin.users, ['a']);
  assert.equal(answer.admin.everyone, false);
  assert.equal(effectivePermissions(input, 'temp-queue://ID:1').admin.everyone, true);
});

test('AuthorizationMapTest.testAuthorizationMapWithTempDest: the temp entry alone governs temp destinations', () => {
  const input: SecurityInput = {
    users: [{ name: 't', groups: ['tempDestAdmins'] }, { name: 'a', groups: ['admins'] }],
    map: { entries: [entry(0, '>', 'admins'), entry(1, 'USERS.>', 'users')], tempEntry: { read: [], write: [], admin: ['tempDestAdmins'] } },
  };
  assert.deepEqual(readGroups(input, 'USERS.FOO.BAR'), ['admins', 'users']);
  const temp = effectivePermissions(input, 'temp-topic://ID:2');
  assert.deepEqual(temp.admin.groups, ['tempDestAdmins']);
  assert.deepEqual(temp.admin.users, ['t']);
  assert.deepEqual(temp.read.users, [], 'the queue entry > does not reach temporary destinations');
  assert.deepEqual(temp.matchingEntryIds, []);
});

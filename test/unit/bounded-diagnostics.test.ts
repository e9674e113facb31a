// Bounded diagnostics (issue #18): the diagnostics of a config grow with what is wrong in it, not with the square of
// a group of identical patterns. pattern-overlap reports a group of identical patterns once, and no finding lists
// more than MAX_RELATED related places (its message counts the others).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { effectivePermissions, parseDestination, PatternIndex, type DestinationKind, type MapEntryInput, type SecurityInput } from '../../server/src/destinations';
import { getLanguageService } from '../../server/src/service/languageService';
import { MAX_RELATED } from '../../server/src/rules/support/related';
import { filesFromMap, type FileAccess } from '../../server/src/base/files';
import { findings, lint, securedBroker } from '../helpers';

const USERS = [
  '          <authenticationUser username="admin" password="${admin.password}" groups="admins"/>',
  '          <authenticationUser username="app" password="${app.password}" groups="app"/>',
].join('\n');

/** `count` entries on the same queue pattern, each granting read to a group of its own unless `sameRights`. */
function identicalEntries(count: number, pattern = 'ORDERS.>', sameRights = false): string {
  return Array.from({ length: count }, (_, i) => `<authorizationEntry queue="${pattern}" read="app${sameRights ? '' : `,g${i}`}" write="app" admin="admins"/>`).join('\n');
}

const sameDestinations = (text: string) => findings(text, 'pattern-overlap').filter((f) => f.message.startsWith('The same destinations as'));

function diagnosticsOf(text: string) {
  return getLanguageService().validateText(text, 'file:///config/activemq.xml');
}

test('500 identical patterns: one "same destinations" finding on the second entry, naming the first, with 20 related places and the rest counted', () => {
  const text = securedBroker(USERS, identicalEntries(500));
  const twins = sameDestinations(text);
  assert.equal(twins.length, 1);
  const [twin] = twins;
  assert.equal(twin.line, 14, 'on the second entry (the first is on line 14 counted from 1)');
  assert.equal(twin.text, 'ORDERS.>', 'the exact range of the pattern');
  assert.match(twin.message, /^The same destinations as queue="ORDERS\.>" \(line 14\) and 498 more entries: ActiveMQ merges all 500 entries, so together they grant read: app, g0, g1, g10, g100, /);
  assert.match(twin.message, /; write: app; admin: admins\. Related places show the first 20 of them; 479 more are not listed\.$/);
  const related = twin.problem.finding.related ?? [];
  assert.equal(related.length, MAX_RELATED);
  assert.deepEqual(related.map((r) => r.message)[0], 'overlapping entry queue="ORDERS.>"');
  // The related places are the first entry and then the third, fourth, ... in document order.
  const lines = related.map((r) => text.slice(0, r.span.start).split('\n').length);
  assert.deepEqual(lines, [14, ...Array.from({ length: MAX_RELATED - 1 }, (_, i) => 16 + i)]);
});

test('500 identical patterns: the pattern-overlap findings are as few as for 3, and no diagnostic has more than 20 related places', () => {
  const few = findings(securedBroker(USERS, identicalEntries(3)), 'pattern-overlap');
  const many = findings(securedBroker(USERS, identicalEntries(500)), 'pattern-overlap');
  assert.equal(many.length, few.length);
  const diagnostics = diagnosticsOf(securedBroker(USERS, identicalEntries(500)));
  assert.ok(diagnostics.every((d) => (d.relatedInformation?.length ?? 0) <= MAX_RELATED));
});

test('the diagnostics do not grow with the size of a group of identical patterns, and grow linearly with the number of groups', () => {
  const size = (entries: string) => JSON.stringify(diagnosticsOf(securedBroker(USERS, entries))).length;
  // One group: 100 or 1,000 twins granting the same rights make diagnostics of the same size but for the counts in
  // the messages (a group granting a group of its own per entry would rightly add a group-without-members each).
  const hundred = size(identicalEntries(100, 'ORDERS.>', true));
  const thousand = size(identicalEntries(1000, 'ORDERS.>', true));
  assert.ok(Math.abs(thousand - hundred) <= 20, `${hundred} → ${thousand} bytes`);
  // Many groups of three: each group costs the same, so twice the groups is twice the size (give or take the skeleton).
  const groups = (n: number) => Array.from({ length: n }, (_, g) => identicalEntries(3, `APP${g}.ORDERS`, true)).join('\n');
  const skeleton = size('');
  const fifty = size(groups(50)) - skeleton;
  const hundredGroups = size(groups(100)) - skeleton;
  assert.ok(hundredGroups > 1.9 * fifty && hundredGroups < 2.1 * fifty, `${fifty} → ${hundredGroups} bytes`);
});

test('a pair of identical patterns reads as before: one finding naming the first, the first as the one related place', () => {
  const text = securedBroker(USERS, identicalEntries(2));
  const [twin] = sameDestinations(text);
  assert.equal(twin.message, 'The same destinations as queue="ORDERS.>" (line 14): ActiveMQ merges both entries, so together they grant read: app, g0, g1; write: app; admin: admins.');
  assert.deepEqual(twin.problem.finding.related?.map((r) => r.message), ['overlapping entry queue="ORDERS.>"']);
});

test('identical patterns in two authorization plugins are two groups, one finding each (the maps never add up)', () => {
  const second = `<authorizationPlugin><map><authorizationMap><authorizationEntries>\n${identicalEntries(3)}\n</authorizationEntries></authorizationMap></map></authorizationPlugin>`;
  const text = securedBroker(USERS, identicalEntries(3), second);
  const twins = sameDestinations(text);
  assert.equal(twins.length, 2);
  for (const twin of twins) assert.match(twin.message, /and 1 more entry: ActiveMQ merges all 3 entries/);
});

test('an entry whose rights 30 broader entries grant together names 5, lists 20 as related places and counts the rest', () => {
  // Broader entry i grants group a<i> read; the narrow entry grants all 30 groups read, so each broader entry gives part.
  const groups = Array.from({ length: 30 }, (_, i) => `a${i}`);
  const users = groups.map((g) => `          <authenticationUser username="u${g}" password="\${${g}.password}" groups="${g}"/>`).join('\n');
  const broad = groups.map((g, i) => `<authorizationEntry queue="${'*.'.repeat(i % 3)}>" read="${g}"/>`).join('\n');
  const text = securedBroker(users, `${broad}\n<authorizationEntry queue="A.B.C" read="${groups.join(',')}"/>`);
  const narrow = findings(text, 'pattern-overlap').find((f) => f.text === 'A.B.C')!;
  assert.match(narrow.message, /^Entries add up: (queue="[*.>]+" \(line \d+\), ){4}queue="[*.>]+" \(line \d+\) and 25 more entries together already grant every right this entry grants/);
  assert.match(narrow.message, /Related places show the first 20 of them; 10 more are not listed\.$/);
  assert.equal(narrow.problem.finding.related?.length, MAX_RELATED);
  for (const d of diagnosticsOf(text)) assert.ok((d.relatedInformation?.length ?? 0) <= MAX_RELATED, String(d.message));
});

test('200 users with ${...} passwords: credentials.properties is read once per run, missing or present, and every weak one is still found', () => {
  const users = Array.from({ length: 200 }, (_, i) => `          <authenticationUser username="u${i}" password="\${u${i}.password}" groups="app"/>`).join('\n');
  const text = securedBroker(users, '<authorizationEntry queue=">" read="app" write="app" admin="app"/>');
  for (const present of [false, true]) {
    const reads: string[] = [];
    const backing = filesFromMap(present ? { 'credentials.properties': 'u0.password=manager\nu7.password=u7\nu9.password=Xk2-long-random' } : {});
    const counting: FileAccess = { ...backing, read: (path, limit) => (reads.push(path), backing.read(path, limit)) };
    const weak = lint(text, undefined, counting).reported.filter((r) => r.rule === 'weak-password');
    assert.equal(reads.filter((p) => p === 'credentials.properties').length, 1, present ? 'present' : 'missing');
    assert.deepEqual(weak.map((w) => w.text), present ? ['${u0.password}', '${u7.password}'] : []);
  }
});

test('identical patterns behind more broader entries than a finding names are still one group (found through the pattern index)', () => {
  // Five `>` entries lie first along the index, so each twin's five named partners are those, never its twins.
  const broad = Array.from({ length: 5 }, (_, i) => `<authorizationEntry queue=">" read="admins,b${i}"/>`).join('\n');
  const text = securedBroker(USERS, `${broad}\n${identicalEntries(40, 'ORDERS.EU.>')}`);
  const twins = sameDestinations(text);
  assert.deepEqual(twins.map((t) => t.text), ['>', 'ORDERS.EU.>']);
  assert.match(twins[1].message, /^The same destinations as queue="ORDERS\.EU\.>" \(line 19\) and 38 more entries: ActiveMQ merges all 40 entries/);
  // Besides the group's finding, at most the first twin has one of its own (what broader entries make of it).
  assert.ok(findings(text, 'pattern-overlap').filter((f) => f.text === 'ORDERS.EU.>').length <= 2);
});

test('property: effectivePermissions through the pattern index answers exactly as testing every entry (names with and without wildcards, composites, users by group)', () => {
  const SEGMENTS = ['A', 'B', '', '*', '>'];
  const GROUPS = ['g1', 'g2', 'g3', '*'];
  const kindArb = fc.constantFrom<DestinationKind>('queue', 'queue', 'topic');
  const patternArb = fc.tuple(kindArb, fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 })).map(([kind, segments]) => parseDestination(segments.join('.'), kind));
  const groupsArb = fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 2 });
  const entriesArb = fc
    .array(fc.record({ patterns: fc.array(patternArb, { minLength: 1, maxLength: 2 }), read: groupsArb, write: groupsArb, admin: groupsArb }), { minLength: 1, maxLength: 12 })
    .map((entries): MapEntryInput[] => entries.map((e, id) => ({ id, ...e })));
  const usersArb = fc.array(fc.record({ name: fc.constantFrom('u1', 'u2', 'u3', 'u4'), groups: fc.uniqueArray(fc.constantFrom('g1', 'g2', 'g3'), { maxLength: 3 }) }), { maxLength: 5 });
  const nameArb = fc.array(fc.tuple(fc.constantFrom('queue', 'topic'), fc.array(fc.constantFrom('A', 'B', '', 'C', '*', '>'), { minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 2 })
    .map((parts) => parts.map(([kind, segments]) => `${kind}://${segments.join('.')}`).join(','));
  fc.assert(
    fc.property(entriesArb, usersArb, fc.array(nameArb, { minLength: 1, maxLength: 6 }), fc.option(groupsArb, { nil: undefined }), (entries, users, names, defaultRead) => {
      const map = { entries, defaultEntry: defaultRead ? { read: defaultRead, write: [], admin: [] } : undefined };
      const plain: SecurityInput = { map, users };
      const indexed: SecurityInput = { map: { ...map, index: PatternIndex.of(entries) }, users };
      // The destination itself is compared by kind and text: the index caches its normal form on the parsed pattern.
      const answer = (input: SecurityInput, name: string) => {
        const { destination, ...rest } = effectivePermissions(input, name);
        return { ...rest, destination: `${destination.kind}://${destination.text}` };
      };
      for (const name of names) assert.deepEqual(answer(indexed, name), answer(plain, name), name);
    }),
    { seed: 18, numRuns: 400 },
  );
});

test('a finding of any rule with more than 20 related places becomes a diagnostic with 20 and a count in its message', () => {
  // group-without-members lists an entry's other grants of a group as related places: 30 of them in one entry.
  const grants = Array.from({ length: 31 }, () => 'ghost').join(',');
  const text = securedBroker(USERS, `<authorizationEntry queue="A" read="${grants}"/>`);
  const diagnostic = diagnosticsOf(text).find((d) => d.code === 'group-without-members');
  assert.ok(diagnostic, 'the group without members is reported');
  assert.equal(diagnostic.relatedInformation?.length, MAX_RELATED);
  assert.match(String(diagnostic.message), /Related places show the first 20 of them; 10 more are not listed\.$/);
});

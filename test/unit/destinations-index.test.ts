// The indexed whole-map analyses (analyseOverlaps, coverageAll) against brute force over every pair of entries,
// the partner bound with a broad entry, and effective permissions for composite and temporary destinations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyseOverlaps,
  contains,
  coverage,
  coverageAll,
  effectivePermissions,
  matches,
  overlaps,
  parseDestination,
  PatternIndex,
  samePatterns,
  type DestinationKind,
  type MapEntryInput,
  type SecurityInput,
} from '../../server/src/destinations';
import { generateAuthorizationMap } from '../../bench/overlap';

const SEGMENTS = ['A', 'B', '', '*', '>', 'nodes>'];
const GROUPS = ['g1', 'g2', '*'];
const patternArb = fc
  .tuple(fc.constantFrom<DestinationKind>('queue', 'queue', 'topic'), fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }))
  .map(([kind, segments]) => parseDestination(segments.join('.'), kind));
const groupsArb = fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 2 });
const mapArb = fc
  .array(fc.record({ patterns: fc.array(patternArb, { minLength: 1, maxLength: 2 }), read: groupsArb, write: groupsArb, admin: groupsArb }), { minLength: 1, maxLength: 12 })
  .map((entries): MapEntryInput[] => entries.map((e, id) => ({ id, ...e })));

function bruteForcePartners(entries: MapEntryInput[], entry: MapEntryInput): number[] {
  return entries.filter((other) => other.id !== entry.id && entry.patterns.some((p) => other.patterns.some((o) => overlaps(p, o)))).map((o) => o.id);
}

test('property: analyseOverlaps names and counts exactly the overlapping entries (composites included), with true witnesses', () => {
  fc.assert(
    fc.property(mapArb, fc.integer({ min: 0, max: 3 }), (entries, limit) => {
      const findings = new Map(analyseOverlaps(entries, limit).map((f) => [f.id, f]));
      for (const entry of entries) {
        const expected = bruteForcePartners(entries, entry);
        const finding = findings.get(entry.id);
        if (expected.length === 0) {
          assert.equal(finding, undefined, `entry ${entry.id} overlaps nothing`);
          continue;
        }
        assert.ok(finding, `entry ${entry.id} overlaps ${expected.join(',')}`);
        const named = finding.partners.map((p) => p.id);
        assert.equal(new Set(named).size, named.length, 'partners are distinct');
        assert.ok(named.every((id) => expected.includes(id)));
        assert.equal(named.length, Math.min(limit, expected.length));
        assert.equal(named.length + finding.more, expected.length, `count for entry ${entry.id}`);
        for (const partner of finding.partners) {
          const other = entries[partner.id];
          const pair = entry.patterns.flatMap((p) => other.patterns.filter((o) => matches(p, partner.witness) && matches(o, partner.witness)).map((o) => [p, o] as const));
          assert.ok(pair.length > 0, `witness ${partner.witness} is matched by both entries`);
          if (entry.patterns.length === 1 && other.patterns.length === 1) {
            const [p, o] = [entry.patterns[0], other.patterns[0]];
            const relation = contains(p, o) ? (contains(o, p) ? 'identical' : 'contains') : contains(o, p) ? 'contained-by' : 'partial';
            assert.equal(partner.relation, relation);
          }
        }
      }
    }),
    { seed: 11, numRuns: 300 },
  );
});

test('property: coverageAll agrees with comparing every pair of entries', () => {
  fc.assert(
    fc.property(mapArb, fc.option(groupsArb, { nil: undefined }), (entries, defaultRead) => {
      const defaultEntry = defaultRead ? { read: defaultRead, write: [], admin: [] } : undefined;
      const all = coverageAll({ entries, defaultEntry });
      for (const entry of entries) {
        const containersOf = (p: (typeof entry.patterns)[number]) => entries.filter((o) => o.id !== entry.id && o.patterns.some((c) => contains(c, p)));
        const expectedCovering = entries.filter((o) => o.id !== entry.id && entry.patterns.every((p) => o.patterns.some((c) => contains(c, p)))).map((o) => o.id);
        const got = all.get(entry.id)!;
        assert.deepEqual([...got.coveringEntryIds].sort((a, b) => a - b), expectedCovering);
        for (const right of ['read', 'write', 'admin'] as const) {
          const granted = (acl: { read: readonly string[]; write: readonly string[]; admin: readonly string[] } | undefined, g: string) => !!acl && (acl[right].includes(g) || acl[right].includes('*'));
          const expected = entry[right].every((g) => granted(defaultEntry, g) || entry.patterns.every((p) => containersOf(p).some((c) => granted(c, g))));
          assert.equal(got.addsNothing[right], expected, `${right} of entry ${entry.id}`);
        }
        assert.deepEqual(coverage({ entries, defaultEntry }, entry.id), got);
      }
    }),
    { seed: 5, numRuns: 300 },
  );
});

test('property: an index rebound to the same patterns with other rights answers as a fresh index of them (a later version shares it)', () => {
  fc.assert(
    fc.property(mapArb, fc.array(fc.tuple(groupsArb, groupsArb, groupsArb), { minLength: 12, maxLength: 12 }), (entries, rights) => {
      const edited = entries.map((e, i) => ({ ...e, patterns: e.patterns.map((p) => parseDestination(p.text, p.kind)), read: rights[i][0], write: rights[i][1], admin: rights[i][2] }));
      assert.ok(samePatterns(entries, edited));
      const old = PatternIndex.of(entries);
      const rebound = old.rebound(edited);
      const fresh = PatternIndex.of(edited);
      const everyCoverage = (map: { entries: typeof entries }, index?: PatternIndex) => {
        const all = coverageAll(map, index);
        return map.entries.map((e) => all.get(e.id));
      };
      assert.deepEqual(everyCoverage({ entries: edited }, rebound), everyCoverage({ entries: edited }, fresh));
      assert.deepEqual(JSON.stringify(analyseOverlaps(edited, 3, rebound)), JSON.stringify(analyseOverlaps(edited, 3, fresh)));
      assert.deepEqual(rebound.samePatternGroups(), fresh.samePatternGroups());
      // The index of the older version still answers for its own entries.
      assert.deepEqual(everyCoverage({ entries }, old), everyCoverage({ entries }));
    }),
    { seed: 6, numRuns: 200 },
  );
});

test('samePatterns: another pattern, kind, order or entry count is a change; rights are not', () => {
  const entry = (id: number, text: string, kind: DestinationKind = 'queue', read: string[] = []): MapEntryInput => ({ id, patterns: [parseDestination(text, kind)], read, write: [], admin: [] });
  const base = [entry(0, 'A.>'), entry(1, 'B')];
  assert.ok(samePatterns(base, [entry(0, 'A.>', 'queue', ['g']), entry(1, 'B')]));
  assert.ok(!samePatterns(base, [entry(0, 'A.*'), entry(1, 'B')]));
  assert.ok(!samePatterns(base, [entry(0, 'A.>', 'topic'), entry(1, 'B')]));
  assert.ok(!samePatterns(base, [entry(1, 'B'), entry(0, 'A.>')]));
  assert.ok(!samePatterns(base, [entry(0, 'A.>')]));
  assert.ok(!samePatterns(base, [entry(0, 'A.>'), { ...entry(1, 'B'), patterns: [parseDestination('B', 'queue'), parseDestination('C', 'queue')] }]));
});

test('analyseOverlaps: the broad > entry names five partners and counts the other thousands; the 10,000-entry map stays bounded', () => {
  const entries = generateAuthorizationMap(10_000);
  const findings = analyseOverlaps(entries);
  const broad = findings.find((f) => entries[f.id].patterns[0].text === '>' && entries[f.id].patterns[0].kind === 'queue')!;
  const queues = entries.filter((e) => e.patterns[0].kind === 'queue').length;
  assert.equal(broad.partners.length, 5);
  assert.equal(broad.partners.length + broad.more, queues - 1);
  assert.ok(broad.partners.every((p) => p.relation === 'contains'));
  assert.ok(findings.every((f) => f.partners.length <= 5));
});

test('analyseOverlaps: an entry with two patterns counts a partner once, however many of its patterns overlap', () => {
  const q = (text: string) => parseDestination(text, 'queue');
  const entries: MapEntryInput[] = [
    { id: 0, patterns: [q('A.X'), q('A.Y')], read: [], write: [], admin: [] },
    { id: 1, patterns: [q('A.>')], read: [], write: [], admin: [] },
    { id: 2, patterns: [q('A.*'), q('B')], read: [], write: [], admin: [] },
  ];
  for (const limit of [0, 5]) {
    const byId = new Map(analyseOverlaps(entries, limit).map((f) => [f.id, f]));
    assert.equal(byId.get(0)!.partners.length + byId.get(0)!.more, 2);
    assert.equal(byId.get(1)!.partners.length + byId.get(1)!.more, 2);
  }
});

const acl = (read: string[], write: string[] = [], admin: string[] = []) => ({ read, write, admin });
const base: SecurityInput = {
  users: [
    { name: 'alice', groups: ['users'] },
    { name: 'root', groups: ['admins'] },
  ],
  anonymous: { allowed: true, group: 'anonymous' },
  map: {
    entries: [
      { id: 0, patterns: [parseDestination('ORDERS.>', 'queue')], ...acl(['users', 'anonymous']) },
      { id: 1, patterns: [parseDestination('ActiveMQ.Advisory.>', 'topic')], ...acl(['*']) },
    ],
  },
};

test('effectivePermissions: users and the anonymous group, kinds kept apart, defaultEntry added to every lookup', () => {
  const orders = effectivePermissions(base, 'queue://ORDERS.EU');
  assert.deepEqual(orders.read.users, ['alice']);
  assert.equal(orders.read.anonymous, true);
  assert.deepEqual(orders.matchingEntryIds, [0]);
  assert.deepEqual(effectivePermissions(base, 'topic://ORDERS.EU').read.groups, [], 'a queue entry never grants a topic');
  const withDefault = effectivePermissions({ ...base, map: { ...base.map, defaultEntry: acl([], ['admins']) } }, 'queue://ELSEWHERE');
  assert.deepEqual(withDefault.write.users, ['root']);
  assert.equal(withDefault.usesDefaultEntry, true);
  assert.deepEqual(withDefault.matchingEntryIds, []);
});

test('effectivePermissions: the client advisory composite needs an entry common to both topics', () => {
  const answer = effectivePermissions(base, 'topic://ActiveMQ.Advisory.TempQueue,topic://ActiveMQ.Advisory.TempTopic');
  assert.equal(answer.read.everyone, true);
  assert.equal(answer.destination.kind, 'topic');
  const split: SecurityInput = {
    ...base,
    map: {
      entries: [
        { id: 0, patterns: [parseDestination('ActiveMQ.Advisory.TempQueue', 'topic')], ...acl(['users']) },
        { id: 1, patterns: [parseDestination('ActiveMQ.Advisory.TempTopic', 'topic')], ...acl(['users', 'admins']) },
      ],
    },
  };
  // Different ACLs, so no entry is common to both parts: nobody may read the composite.
  assert.deepEqual(effectivePermissions(split, 'topic://ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic').read.groups, []);
});

test('effectivePermissions: a temporary composite intersects the temp entry with each part (AuthorizationBroker, 6.3.0)', () => {
  const governed: SecurityInput = { ...base, map: { ...base.map, tempEntry: acl(['users', 'admins']) } };
  const mixed = effectivePermissions(governed, 'temp-queue://ID:1,queue://ORDERS.X');
  assert.equal(mixed.tempGoverned, 'entry');
  assert.deepEqual(mixed.read.groups, ['users']);
  assert.deepEqual(mixed.matchingEntryIds, [0]);
  assert.deepEqual(effectivePermissions(governed, 'temp-queue://ID:1,temp-queue://ID:2').read.groups, ['admins', 'users']);
  // Without a temp entry nothing is checked for temp parts; a regular part still needs its own grant.
  assert.equal(effectivePermissions(base, 'temp-queue://ID:1,temp-queue://ID:2').read.everyone, true);
  assert.deepEqual(effectivePermissions(base, 'temp-queue://ID:1,queue://ORDERS.X').read.users, ['alice']);
});

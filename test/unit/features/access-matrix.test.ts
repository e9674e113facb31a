// The access matrix on small configs whose answers follow from ActiveMQ's rules (DefaultAuthorizationMap adds up
// the groups of every matching entry plus defaultEntry; nothing matching is denied; temporary destinations are
// open without a tempDestinationAuthorizationEntry; SimpleAuthenticationPlugin.setUsers: the last user of a name wins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../server/src/service/languageService';
import type { AccessMatrix, MatrixCell } from '../../../server/src/service/features/accessMatrix';
import { brokerConfig, securedBroker } from '../../helpers';

const service = getLanguageService();

function matrix(text: string, options?: Parameters<typeof service.accessMatrix>[1]): AccessMatrix {
  return service.accessMatrix(service.context(service.parse(text, `file:///m${Math.random()}.xml`)), options);
}

function cell(m: AccessMatrix, row: string, destination: string): MatrixCell {
  const r = m.rows.findIndex((x) => x.label === row);
  const c = m.columns.findIndex((x) => x.destination === destination);
  assert.ok(r >= 0, `no row ${row}: ${m.rows.map((x) => x.label)}`);
  assert.ok(c >= 0, `no column ${destination}: ${m.columns.map((x) => x.destination)}`);
  return m.cells[r][c];
}

function marks(c: MatrixCell): string {
  return (c.read.granted ? 'R' : '-') + (c.write.granted ? 'W' : '-') + (c.admin.granted ? 'A' : '-');
}

const USERS = `          <authenticationUser username="alice" password="a" groups="admins"/>
          <authenticationUser username="bob" password="b" groups="users"/>
          <authenticationUser username="carol" password="c" groups="admins"/>
          <authenticationUser username="carol" password="c" groups="users"/>`;
const ENTRIES = `              <authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>
              <authorizationEntry queue="ORDERS.>" read="users" write="users"/>
              <authorizationEntry topic="ActiveMQ.Advisory.>" read="*" write="*"/>`;

test('matrix: entries add up, the last definition of a user wins, `*` and open temp destinations get their row', () => {
  const m = matrix(securedBroker(USERS, ENTRIES));
  assert.deepEqual(m.rows.map((r) => r.label), ['alice', 'bob', 'carol', '* (any authenticated user)']);
  assert.deepEqual(m.columns.map((c) => [c.destination, c.category]), [
    ['queue://>', 'queue'], ['queue://ORDERS.>', 'queue'], ['topic://ActiveMQ.Advisory.>', 'advisory'], ['temp-queue://>', 'temp'], ['temp-topic://>', 'temp'],
  ]);
  assert.equal(marks(cell(m, 'alice', 'queue://>')), 'RWA');
  assert.equal(marks(cell(m, 'alice', 'queue://ORDERS.>')), 'RWA', 'the `>` entry adds admins to ORDERS.>');
  assert.equal(marks(cell(m, 'bob', 'queue://>')), '---');
  assert.equal(marks(cell(m, 'bob', 'queue://ORDERS.>')), 'RW-');
  assert.equal(marks(cell(m, 'carol', 'queue://>')), '---', 'carol is in users only: her second definition wins');
  assert.equal(marks(cell(m, 'bob', 'topic://ActiveMQ.Advisory.>')), 'RW-');
  assert.equal(marks(cell(m, '* (any authenticated user)', 'topic://ActiveMQ.Advisory.>')), 'RW-');
  assert.equal(marks(cell(m, '* (any authenticated user)', 'queue://ORDERS.>')), '---');
  assert.equal(marks(cell(m, 'bob', 'temp-queue://>')), 'RWA');
  assert.match(cell(m, 'bob', 'temp-queue://>').read.reason ?? '', /open to every authenticated connection/);
});

test('matrix: each right names the entries that grant it, on their lines', () => {
  const text = securedBroker(USERS, ENTRIES);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const m = matrix(text);
  const read = cell(m, 'alice', 'queue://ORDERS.>').read;
  assert.deepEqual(read.by.map((b) => b.line), [lineOf('queue=">"')]);
  assert.deepEqual(cell(m, 'bob', 'queue://ORDERS.>').write.by.map((b) => b.line), [lineOf('queue="ORDERS.>"')]);
  assert.deepEqual(cell(m, 'bob', 'queue://ORDERS.>').admin.by, []);
  assert.equal(cell(m, 'bob', 'queue://ORDERS.>').admin.reason, undefined, 'entries match; they just do not grant it');
  assert.deepEqual(m.columns.find((c) => c.destination === 'queue://ORDERS.>')?.entryLines, [lineOf('queue="ORDERS.>"')]);
});

test('matrix: risky cells are write/admin for `*`, guests and anonymous, and admin on `>`', () => {
  const m = matrix(securedBroker(USERS + '\n          <authenticationUser username="visitor" password="v" groups="guests"/>',
    ENTRIES + '\n              <authorizationEntry topic="NEWS" read="guests" write="guests"/>'));
  assert.equal(cell(m, 'alice', 'queue://>').admin.risky, true);
  assert.equal(cell(m, 'alice', 'queue://>').read.risky, false);
  assert.equal(cell(m, 'alice', 'queue://ORDERS.>').admin.risky, false);
  assert.equal(cell(m, '* (any authenticated user)', 'topic://ActiveMQ.Advisory.>').write.risky, true);
  assert.equal(cell(m, 'visitor', 'topic://NEWS').write.risky, true);
  assert.equal(cell(m, 'visitor', 'topic://NEWS').read.risky, false);
  assert.equal(cell(m, 'bob', 'queue://ORDERS.>').write.risky, false);
});

test('matrix: concrete destinations, "no entry matches" and "only the defaultEntry"', () => {
  const withoutDefault = matrix(securedBroker(USERS, ENTRIES), { destinations: ['topic://PRICES', 'queue://ORDERS.EU'] });
  assert.deepEqual(withoutDefault.columns.slice(0, 2).map((c) => c.category), ['concrete', 'concrete']);
  assert.equal(marks(cell(withoutDefault, 'alice', 'topic://PRICES')), '---');
  assert.equal(cell(withoutDefault, 'alice', 'topic://PRICES').read.reason, 'no entry matches');
  assert.equal(marks(cell(withoutDefault, 'bob', 'queue://ORDERS.EU')), 'RW-');
  const withDefault = matrix(securedBroker(USERS, ENTRIES, '', '\n            <defaultEntry><authorizationEntry read="users"/></defaultEntry>'), { destinations: ['topic://PRICES'] });
  const prices = cell(withDefault, 'bob', 'topic://PRICES');
  assert.equal(marks(prices), 'R--');
  assert.equal(prices.read.reason, 'only the defaultEntry');
  assert.equal(prices.read.by[0].role, 'default');
  assert.equal(marks(cell(withDefault, 'alice', 'topic://PRICES')), '---');
});

test('matrix: anonymous access gets a row, users with no right anywhere are flagged, groups view', () => {
  const text = brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin anonymousAccessAllowed="true">
        <users>
          <authenticationUser username="alice" password="a" groups="admins"/>
          <authenticationUser username="idle" password="i" groups="nobody"/>
        </users>
      </simpleAuthenticationPlugin>
      <authorizationPlugin><map><authorizationMap>
        <authorizationEntries>
          <authorizationEntry queue="TEST.>" read="admins,anonymous" write="anonymous"/>
        </authorizationEntries>
        <tempDestinationAuthorizationEntry><tempDestinationAuthorizationEntry read="admins" write="admins" admin="admins"/></tempDestinationAuthorizationEntry>
      </authorizationMap></map></authorizationPlugin>
    </plugins>`);
  const m = matrix(text);
  assert.deepEqual(m.rows.map((r) => [r.label, r.noRights]), [['alice', false], ['idle', true], ['anonymous (group anonymous)', false]]);
  const anonymous = cell(m, 'anonymous (group anonymous)', 'queue://TEST.>');
  assert.equal(marks(anonymous), 'RW-');
  assert.equal(anonymous.write.risky, true);
  assert.equal(marks(cell(m, 'alice', 'temp-topic://>')), 'RWA');
  assert.equal(cell(m, 'alice', 'temp-topic://>').read.by[0].role, 'temp');
  const groups = matrix(text, { view: 'groups' });
  assert.deepEqual(groups.rows.map((r) => r.label), ['admins', 'anonymous', 'nobody', 'anonymous (group anonymous)']);
  assert.equal(marks(cell(groups, 'admins', 'queue://TEST.>')), 'R--');
  assert.equal(cell(groups, 'nobody', 'queue://TEST.>').read.granted, false);
});

test('matrix: says why there is none where there is no authorization map', () => {
  const m = matrix(brokerConfig('    <plugins/>'));
  assert.match(m.unavailable ?? '', /no authorizationPlugin/);
  assert.deepEqual(m.rows, []);
});

test('matrix for the webview: the same marks, risky as !, each granting entry once, the column reason', () => {
  const text = securedBroker(USERS, ENTRIES);
  const context = service.context(service.parse(text, 'file:///wire.xml'));
  const full = service.accessMatrix(context, { destinations: ['topic://PRICES'] });
  const wire = service.accessMatrixForView(context, { destinations: ['topic://PRICES'] });
  full.rows.forEach((_, r) => full.columns.forEach((_, c) => {
    const expected = (['read', 'write', 'admin'] as const).map((x) => (full.cells[r][c][x].risky ? '!' : full.cells[r][c][x].granted ? '+' : '.')).join('');
    assert.equal(wire.marks[r].slice(3 * c, 3 * c + 3), expected);
  }));
  const alice = wire.rows.findIndex((x) => x.label === 'alice');
  assert.equal(wire.marks[alice].slice(3, 6), '++!', 'alice on queue://>: admin on > is risky');
  assert.equal(wire.columns[0].reason, 'no entry matches');
  const lines = wire.entries.map((e) => e.line);
  assert.equal(new Set(lines).size, lines.length);
  assert.deepEqual(wire.by[`${alice},1,read`].map((i) => wire.entries[i].text), [full.cells[alice][1].read.by[0].text]);
});

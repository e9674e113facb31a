// Editor features as a user meets them: a `|` marks the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applied, at, completionLabels, hoverText, refusalOf, renameEdits, service } from './cursor';
import { securedBroker } from '../../helpers';

const USERS = '          <authenticationUser username="system" password="${p}" groups="users,admins"/>\n          <authenticationUser username="app" password="${p}" groups="users"/>';

test('hover over an element explains it, with what ActiveMQ does at run time', () => {
  const text = hoverText(securedBroker(USERS, '<authorization|Entry queue=">" read="admins"/>'));
  assert.match(text, /\*\*authorizationEntry\*\*/);
  assert.match(text, /Entries add up and never restrict/);
});

test('hover over a group lists its members and what it is granted', () => {
  const text = hoverText(securedBroker(USERS, '<authorizationEntry queue="ORDERS.>" read="us|ers" write="admins"/>'));
  assert.match(text, /Members: `system`, `app`/);
  assert.match(text, /read on queue="ORDERS.>"/);
});

test('hover over a group says which of its grants are on an entry that never applies (queue= on ActiveMQ.Advisory)', () => {
  const text = hoverText(securedBroker(USERS, '<authorizationEntry queue="ORDERS.>" read="us|ers"/>\n<authorizationEntry queue="ActiveMQ.Advisory.>" read="users" write="users"/>\n<authorizationEntry topic="ActiveMQ.Advisory.>" read="users"/>'));
  assert.match(text, /^- read on queue="ORDERS.>" \(line \d+\)$/m);
  assert.match(text, /^- read on queue="ActiveMQ.Advisory.>" \(line \d+\) \(never applies: advisories are topics, and this is a `queue=` entry\)$/m);
  assert.match(text, /^- write on queue="ActiveMQ.Advisory.>" \(line \d+\) \(never applies/m);
  assert.match(text, /^- read on topic="ActiveMQ.Advisory.>" \(line \d+\)$/m, 'the topic entry applies');
});

test('hover over a pattern shows the effective rights on an example destination and the overlapping entries', () => {
  const text = hoverText(securedBroker(USERS, '<authorizationEntry queue=">" read="admins"/>\n<authorizationEntry queue="ORD|ERS.>" read="users"/>'));
  assert.match(text, /Effective on e.g. `ORDERS`/);
  assert.match(text, /read: `admins`, `users` \(users system, app\)/);
  assert.match(text, /Also applies to some of the same destinations:\n- queue=">"/);
});

test('completion offers group names in read, existing and well-known patterns in topic, children in authorizationEntries', () => {
  const groups = completionLabels(securedBroker(USERS, '<authorizationEntry queue="A" read="admins,|"/>'));
  assert.deepEqual(groups, ['admins', 'users', '*']);
  const patterns = completionLabels(securedBroker(USERS, '<authorizationEntry topic="Act|" read="users"/>'));
  assert.ok(patterns.includes('ActiveMQ.Advisory.>'));
  const children = completionLabels(securedBroker(USERS, '<|'));
  assert.deepEqual(children, ['authorizationEntry']);
});

test('completion works in a half-typed document', () => {
  const full = securedBroker(USERS, '<authorizationEntry queue="A" read="');
  assert.deepEqual(completionLabels(full.slice(0, full.lastIndexOf('read="') + 6) + '|'), ['admins', 'users', '*']);
});

test('definition, references and rename of a group', () => {
  const { text, doc, context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="us|ers" write="users"/>'));
  assert.equal(service.definition(context, position).length, 2);
  assert.equal(service.references(context, position, true).length, 4);
  assert.equal(service.references(context, position, false).length, 2);
  const prepared = service.prepareRename(context, position);
  assert.ok(prepared && 'placeholder' in prepared, JSON.stringify(prepared));
  assert.equal(prepared.placeholder, 'users');
  assert.equal(text.slice(doc.offsetAt(prepared.range.start), doc.offsetAt(prepared.range.end)), 'users');
  const renamed = applied(doc, text, renameEdits(service.rename(context, position, 'members'), doc.uri));
  assert.equal((renamed.match(/members/g) ?? []).length, 4);
  assert.ok(!/"users"|users,/.test(renamed));
  assert.match(refusalOf(service.rename(context, position, 'a,b')) ?? '', /splits group lists at commas/);
  const onPattern = at(securedBroker(USERS, '<authorizationEntry queue="A|" read="users"/>'));
  assert.equal(service.prepareRename(onPattern.context, onPattern.position), null);
});

test('symbols outline users, groups, entries and connectors of the example', () => {
  const text = readFileSync('examples/activemq.xml', 'utf8');
  const doc = service.parse(text, 'file:///example.xml');
  const names = service.documentSymbols(service.context(doc)).map((s) => `${s.name}:${s.children?.length ?? 0}`);
  assert.deepEqual(names, ['Authentication:3', 'Groups:3', 'Authorization:5', 'Transport connectors:2']);
});

test('code actions on the example offer each rule\'s quick fixes for its diagnostics', () => {
  const text = readFileSync('examples/activemq.xml', 'utf8');
  const doc = service.parse(text, 'file:///example.xml', 1);
  const context = service.context(doc);
  const diagnostics = service.validate(doc);
  const titles = service.codeActions(context, diagnostics[0].range, diagnostics).map((a) => a.title);
  assert.ok(titles.some((t) => t.includes('ActiveMQ.Advisory')), titles.join(' | '));
  assert.ok(titles.includes('Make it a wildcard: `nodes.>`'));
  assert.ok(titles.includes('Replace with `users`'));
});

test('every symbol\'s range encloses its children and its selection range', () => {
  const text = readFileSync('examples/activemq.xml', 'utf8').replace(/\n/g, '\r\n');
  const doc = service.parse(text, 'file:///example-crlf.xml');
  const inside = (inner: { start: { line: number; character: number }; end: { line: number; character: number } }, outer: typeof inner) =>
    doc.offsetAt(inner.start) >= doc.offsetAt(outer.start) && doc.offsetAt(inner.end) <= doc.offsetAt(outer.end);
  const walk = (symbols: ReturnType<typeof service.documentSymbols>): void => {
    for (const s of symbols) {
      assert.ok(inside(s.selectionRange, s.range), s.name);
      for (const child of s.children ?? []) assert.ok(inside(child.range, s.range), `${child.name} in ${s.name}`);
      walk(s.children ?? []);
    }
  };
  const symbols = service.documentSymbols(service.context(doc));
  walk(symbols);
  const users = symbols[0].children!.map((u) => `${u.name}: ${u.detail}`);
  assert.deepEqual(users, ['system: users, admins', 'user: users', 'guest: guests']);
});

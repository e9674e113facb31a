// Expand selection, folding and linked tag editing, as a user meets them: what gets selected step by step, which
// lines fold, which two names move together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { at, service } from './cursor';
import { securedBroker } from '../../helpers';

const USERS = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';

function selections(marked: string): string[] {
  const { text, doc, context, position } = at(marked);
  const texts: string[] = [];
  for (let r: SelectionRange | undefined = service.selectionRanges(context, [position])[0]; r; r = r.parent) {
    texts.push(text.slice(doc.offsetAt(r.range.start), doc.offsetAt(r.range.end)));
  }
  return texts;
}

test('expand selection: list item, value, attribute, start tag, element, then each enclosing element', () => {
  const steps = selections(securedBroker(USERS, '<authorizationEntry queue="A" read="admins, us|ers" write="x"/>'));
  assert.deepEqual(steps.slice(0, 4), ['users', 'admins, users', 'read="admins, users"', '<authorizationEntry queue="A" read="admins, users" write="x"/>']);
  assert.match(steps[4], /^\s*<authorizationEntry queue="A"[^]*\s*$/, 'then the content of <authorizationEntries>');
  assert.match(steps[5], /^<authorizationEntries>[^]*<\/authorizationEntries>$/);
  assert.match(steps[steps.length - 1], /^<beans[^]*<\/beans>$/);
  // every range holds the one before it
  for (let i = 1; i < steps.length; i++) assert.ok(steps[i].includes(steps[i - 1]), `step ${i} does not hold step ${i - 1}`);
});

test('expand selection works on a half-typed document and outside any element', () => {
  const half = securedBroker(USERS, '<authorizationEntry queue="A" read="us|').split('|');
  const steps = selections(`${half[0]}|`);
  assert.ok(steps[0].endsWith('read="us'), steps[0]);
  for (let i = 1; i < steps.length; i++) assert.ok(steps[i].includes(steps[i - 1]));
  const { context, position } = at(`|${securedBroker(USERS, '')}`);
  assert.equal(service.selectionRanges(context, [position]).length, 1);
});

test('folding: every multi-line element down to the line before its end tag, and multi-line comments', () => {
  const marked = securedBroker(USERS, '<!-- one\n     two -->\n<authorizationEntry queue="A" read="users"/>');
  const { text, context } = at(marked);
  const lines = text.split('\n');
  const folds = service.foldingRanges(context);
  const usersStart = lines.findIndex((l) => l.includes('<users>'));
  const usersEnd = lines.findIndex((l) => l.includes('</users>'));
  assert.ok(folds.some((f) => f.startLine === usersStart && f.endLine === usersEnd - 1 && f.kind === undefined));
  const commentStart = lines.findIndex((l) => l.includes('<!-- one'));
  assert.ok(folds.some((f) => f.startLine === commentStart && f.endLine === commentStart + 1 && f.kind === 'comment'));
  assert.ok(!folds.some((f) => lines[f.startLine].includes('<authorizationEntry ')), 'a one-line element does not fold');
  assert.ok(folds.every((f) => f.endLine > f.startLine));
});

test('linked editing: the start tag name and the end tag name, not for self-closing or mismatched tags', () => {
  const { text, doc, context, position } = at(securedBroker(USERS, '<authorizationEntry queue="A" read="users"/>').replace('<authorizationEntries>', '<authorization|Entries>'));
  const linked = service.linkedEditingRanges(context, position)!;
  assert.deepEqual(linked.ranges.map((r) => text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end))), ['authorizationEntries', 'authorizationEntries']);
  assert.ok(doc.offsetAt(linked.ranges[1].start) > doc.offsetAt(linked.ranges[0].start));
  assert.ok(new RegExp(`^${linked.wordPattern}$`).test('amq:authorizationEntries'));
  const selfClosing = at(securedBroker(USERS, '<authorization|Entry queue="A" read="users"/>'));
  assert.equal(service.linkedEditingRanges(selfClosing.context, selfClosing.position), null);
  const inAttribute = at(securedBroker(USERS, '<authorizationEntry queue="A|" read="users"/>'));
  assert.equal(service.linkedEditingRanges(inAttribute.context, inAttribute.position), null);
});

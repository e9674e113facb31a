// The "Insert documented authorization entries" command's edit: one replacement that adds every documented entry
// the config lacks, so that one run clears every finding those entries answer, and one undo takes them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService } from '../../../server/src/service/languageService';
import { applyEdits, replacementBetween } from '../../../server/src/base/edits';
import { DOCUMENTED_ENTRY_RULES } from '../../../server/src/service/features/documentedEntries';
import type { Settings } from '../../../server/src/base/settings';
import { brokerConfig, lint, securedBroker } from '../../helpers';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function insertDocumented(text: string, settings?: Settings) {
  const service = getLanguageService();
  const context = service.context(service.parse(text, 'file:///config/activemq.xml'), settings);
  const result = service.documentedEntries(context);
  return { ...result, after: result.edit ? applyEdits(text, [result.edit]) : text };
}

const documentedFindings = (text: string) => lint(text).reported.filter((r) => DOCUMENTED_ENTRY_RULES.includes(r.rule)).map((r) => r.rule);
const syntaxFindings = (text: string) => lint(text).reported.filter((r) => r.rule === 'xml-syntax').map((r) => r.message);

test('one run inserts both the advisory and the temporary-destination entries the config lacks', () => {
  const text = read('test/suite/fixtures/missing-advisory.xml');
  assert.deepEqual(documentedFindings(text).sort(), ['advisory-access', 'temp-destination-access']);
  const { after, titles } = insertDocumented(text);
  assert.equal(titles.length, 2, titles.join(' | '));
  assert.deepEqual(documentedFindings(after), []);
  assert.deepEqual(syntaxFindings(after), []);
  assert.match(after, /topic="ActiveMQ\.Advisory\.>"/);
  assert.match(after, /tempDestinationAuthorizationEntry/);
});

test('a documented-entry rule turned off in the settings inserts nothing for it', () => {
  const text = read('test/suite/fixtures/missing-advisory.xml');
  const { after, titles } = insertDocumented(text, { rules: { 'advisory-access': 'off' } });
  assert.equal(titles.length, 1, titles.join(' | '));
  assert.match(after, /tempDestinationAuthorizationEntry/);
  assert.doesNotMatch(after, /ActiveMQ\.Advisory/);
});

test('a broker without any authorization gets the documented map in one run, and nothing else is reported missing', () => {
  const text = brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin>
        <users>
          <authenticationUser username="app" password="secret" groups="users"/>
        </users>
      </simpleAuthenticationPlugin>
    </plugins>`);
  assert.ok(documentedFindings(text).includes('no-authorization'), documentedFindings(text).join(', '));
  const { after, titles } = insertDocumented(text);
  assert.ok(titles.length >= 1);
  assert.deepEqual(documentedFindings(after), []);
  assert.deepEqual(syntaxFindings(after), []);
});

test('the edit replaces only a stretch inside the authorization map, in the document\'s CRLF line ends', () => {
  const text = read('test/suite/fixtures/missing-advisory.xml').replace(/\n/g, '\r\n');
  const { edit, after } = insertDocumented(text);
  assert.ok(edit);
  // Users, plugins and the rest keep their text (and an editor its cursor and folds there): the replaced stretch
  // of the original starts after the map's opening tag and ends before its closing one.
  assert.ok(edit.span.start > text.indexOf('<authorizationMap>'), `the edit starts at ${edit.span.start}, before the map`);
  assert.ok(edit.span.end <= text.indexOf('</authorizationMap>'), `the edit ends at ${edit.span.end}, after the map`);
  assert.ok(!/(^|[^\r])\n/.test(after), 'the inserted lines keep the document\'s CRLF line ends');
  assert.deepEqual(documentedFindings(after), []);
});

test('a config that has every documented entry gets no edit', () => {
  const text = securedBroker(
    '          <authenticationUser username="app" password="secret" groups="users"/>',
    `              <authorizationEntry queue="app.>" read="users" write="users" admin="users"/>
              <authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"/>`,
    '',
    `
            <tempDestinationAuthorizationEntry>
              <tempDestinationAuthorizationEntry read="users" write="users" admin="users"/>
            </tempDestinationAuthorizationEntry>`,
  );
  assert.deepEqual(documentedFindings(text), []);
  const { edit, titles } = insertDocumented(text);
  assert.equal(edit, undefined);
  assert.deepEqual(titles, []);
});

test('replacementBetween: applied to the first text it gives the second, and never splits a CRLF or a surrogate pair', () => {
  const piece = fc.constantFrom('a', 'b', '\r\n', '\n', '\r', '😀', '<x/>', ' ');
  const texts = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(fc.property(texts, texts, (before, after) => {
    const edit = replacementBetween(before, after);
    assert.equal(applyEdits(before, [edit]), after);
    for (const offset of [edit.span.start, edit.span.end]) {
      const pair = before.slice(offset - 1, offset + 1);
      assert.ok(pair !== '\r\n' && !/^[\ud800-\udbff][\udc00-\udfff]$/.test(pair), `edit boundary ${offset} splits ${JSON.stringify(pair)} in ${JSON.stringify(before)}`);
    }
  }), { seed: 7, numRuns: 500 });
});

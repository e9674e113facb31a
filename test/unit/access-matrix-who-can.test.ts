// The access matrix agrees with --who-can on every cell: on the example and on every corpus file with an
// authorization map, each (row, column) is compared with the who-can answer for that destination.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getLanguageService } from '../../server/src/service/languageService';
import { whoCan } from '../../server/src/service/features/whoCan';
import { MATRIX_RIGHTS } from '../../server/src/service/features/accessMatrix';
import { corpusFiles, needsCorpus } from '../corpus';

const service = getLanguageService();

/** Compares every cell; returns how many were compared. */
function compareWithWhoCan(path: string, text: string): number {
  const context = service.context(service.parse(text, path));
  const matrix = service.accessMatrix(context, { destinations: ['queue://ORDERS.EU', 'topic://ActiveMQ.Advisory.Connection'] });
  if (matrix.unavailable) {
    assert.equal(whoCan(path, context, 'queue://X').unavailable, matrix.unavailable, path);
    return 0;
  }
  let compared = 0;
  matrix.columns.forEach((column, c) => {
    const answer = whoCan(path, context, column.destination);
    matrix.rows.forEach((row, r) => {
      for (const right of MATRIX_RIGHTS) {
        const who = answer[right]!;
        const expected = row.kind === 'user' ? who.users.includes(row.label) : row.kind === 'anonymous' ? who.anonymous : who.everyone;
        assert.equal(matrix.cells[r][c][right].granted, expected, `${path}: ${row.label} ${right} ${column.destination}`);
        compared++;
      }
    });
  });
  return compared;
}

test('matrix = --who-can on every cell of the example', () => {
  assert.ok(compareWithWhoCan('examples/activemq.xml', readFileSync('examples/activemq.xml', 'utf8')) >= 60);
});

test('matrix = --who-can on every cell of every corpus file with an authorization map', needsCorpus(), () => {
  let files = 0;
  let cells = 0;
  for (const file of corpusFiles()) {
    if (!file.text.includes('authorizationPlugin')) continue;
    const compared = compareWithWhoCan(file.path, file.text);
    if (compared > 0) files++;
    cells += compared;
  }
  assert.ok(files >= 20, `${files} files compared`);
  assert.ok(cells >= 1000, `${cells} cells compared`);
});

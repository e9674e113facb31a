// --matrix: the access matrix of each file as text, markdown (for a pull request), csv (for a spreadsheet) or json.
import { MATRIX_RIGHTS, type AccessMatrix, type FeatureContext, type LanguageService, type MatrixCell, type MatrixRow } from '../service/languageService';

export type MatrixFormat = 'text' | 'markdown' | 'csv' | 'json';

export interface MatrixAnswer extends AccessMatrix {
  file: string;
}

export function matrixOf(service: LanguageService, file: string, context: FeatureContext, destinations: string[]): MatrixAnswer {
  return { file, ...service.accessMatrix(context, { destinations }) };
}

const LETTERS = { read: 'R', write: 'W', admin: 'A' } as const;

/** `RW-`, with `!` when a granted right is risky. */
function marks(cell: MatrixCell): string {
  const text = MATRIX_RIGHTS.map((r) => (cell[r].granted ? LETTERS[r] : '-')).join('');
  return MATRIX_RIGHTS.some((r) => cell[r].risky) ? text + '!' : text;
}

/** A name from the config, shown without the control characters a hostile file could use on a terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function rowLabel(row: MatrixRow): string {
  return printable(row.label) + (row.noRights ? ' (no rights)' : '');
}

const LEGEND = 'R read, W write, A admin, - denied, ! risky (write or admin for anonymous, guests or *, admin on >)';

function formatText(answer: MatrixAnswer): string {
  const header = ['', ...answer.columns.map((c) => printable(c.label))];
  const lines = [header, ...answer.rows.map((row, r) => [rowLabel(row), ...answer.cells[r].map(marks)])];
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  return lines.map((l) => l.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()).join('\n');
}

function markdownCell(text: string): string {
  return '`' + printable(text).replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}

function formatMarkdown(answer: MatrixAnswer): string {
  const header = ['user', ...answer.columns.map((c) => markdownCell(c.label))];
  const rows = answer.rows.map((row, r) => [
    markdownCell(row.label) + (row.noRights ? ' **no rights**' : ''),
    ...answer.cells[r].map((cell) => (MATRIX_RIGHTS.some((x) => cell[x].risky) ? `**${marks(cell)}**` : marks(cell))),
  ]);
  return [header, header.map(() => '---'), ...rows].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/** RFC 4180, and a leading = + - @ neutralised so that a spreadsheet never runs a name from the config as a formula. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatCsv(answers: MatrixAnswer[]): string {
  const out: string[] = [];
  for (const answer of answers) {
    if (answer.unavailable) continue;
    out.push(['file', 'row', 'kind', 'no rights', ...answer.columns.map((c) => c.destination)].map(csvField).join(','));
    answer.rows.forEach((row, r) => {
      const cells = answer.cells[r].map((cell) => MATRIX_RIGHTS.filter((x) => cell[x].granted).map((x) => LETTERS[x]).join('') + (MATRIX_RIGHTS.some((x) => cell[x].risky) ? '!' : ''));
      out.push([answer.file, row.label, row.kind, row.noRights ? 'yes' : '', ...cells].map(csvField).join(','));
    });
  }
  return out.length ? out.join('\r\n') + '\r\n' : '';
}

export function formatMatrix(answers: MatrixAnswer[], format: MatrixFormat): string {
  if (format === 'json') return JSON.stringify(answers, null, 2) + '\n';
  if (format === 'csv') return formatCsv(answers);
  const out: string[] = [];
  for (const answer of answers) {
    out.push(format === 'markdown' ? `### Access matrix of ${markdownCell(answer.file)}` : `${printable(answer.file)}: access matrix`, '');
    if (answer.unavailable) {
      out.push(answer.unavailable, '');
      continue;
    }
    out.push(format === 'markdown' ? formatMarkdown(answer) : formatText(answer), '', LEGEND, '');
  }
  return out.join('\n');
}

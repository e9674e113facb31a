// The access matrix webview's page: a real table (th scope headers, text alternatives for the marks), theme
// colours, and a script that renders only the rows and columns in view, so 200 users × 1,000 patterns scroll
// smoothly. It renders what the extension posts and posts back what the user asks for; it computes nothing.
import { randomBytes } from 'node:crypto';

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px; }
header { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 8px 0; }
input[type=text] { color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 3px 6px; min-width: 22em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.link { color: var(--vscode-textLink-foreground); background: none; padding: 0; text-align: left; font-family: var(--vscode-editor-font-family); }
fieldset { border: none; margin: 0; padding: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
#scroller { overflow: auto; max-height: 65vh; border: 1px solid var(--vscode-panel-border, transparent); }
table { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
th, td { height: 24px; box-sizing: border-box; padding: 0 4px; border-bottom: 1px solid var(--vscode-panel-border, transparent); white-space: nowrap; }
thead th { position: sticky; top: 0; z-index: 2; background: var(--vscode-editor-background); height: 140px; vertical-align: bottom; width: 64px; max-width: 64px; }
thead th .name { display: block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 132px; overflow: hidden; text-overflow: ellipsis; font-weight: normal; }
th[scope=row] { position: sticky; left: 0; z-index: 1; background: var(--vscode-editor-background); text-align: left; width: 220px; max-width: 220px; overflow: hidden; text-overflow: ellipsis; font-weight: normal; }
thead th.corner { left: 0; z-index: 3; width: 220px; max-width: 220px; }
td.cell { width: 64px; max-width: 64px; text-align: center; font-family: var(--vscode-editor-font-family); cursor: pointer; }
.spacer { padding: 0; border: 0; }
td.cell:focus, td.cell.active { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.m { display: inline-block; width: 1.2em; }
.m.no { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
.m.yes { color: var(--vscode-charts-green, var(--vscode-foreground)); font-weight: bold; }
td.risky { background: var(--vscode-inputValidation-errorBackground, rgba(255,0,0,0.15)); }
td.risky .m.yes { color: var(--vscode-errorForeground); }
tr.norights th { color: var(--vscode-editorWarning-foreground); }
.concrete .name { font-style: italic; }
#details { margin: 10px 0; min-height: 5em; }
#details h3 { font-size: 1.1em; margin: 4px 0; overflow-wrap: anywhere; }
#details ul { margin: 4px 0; padding-left: 1.2em; }
.legend { color: var(--vscode-descriptionForeground); }
`;

// Plain JavaScript run in the webview. Row height and column width are fixed, so the window in view is arithmetic.
const SCRIPT = String.raw`
const vscode = acquireVsCodeApi();
const ROW = 24, COL = 64, OVERSCAN = 8;
const RIGHTS = [['read', 'R'], ['write', 'W'], ['admin', 'A']];
const scroller = document.getElementById('scroller');
const thead = document.querySelector('#matrix thead');
const tbody = document.querySelector('#matrix tbody');
const table = document.getElementById('matrix');
const details = document.getElementById('details');
const status = document.getElementById('status');
let data = null, active = { r: 0, c: 0 }, shown = '';

const esc = (s) => String(s).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
const rowKind = (row) => row.kind === 'user' ? 'user' : row.kind === 'group' ? 'group' : row.kind;

// The server sends three marks per column and row: '.' denied, '+' granted, '!' granted and risky.
const mark = (r, c, i) => data.matrix.marks[r][3 * c + i];
const isRisky = (r, c) => mark(r, c, 0) === '!' || mark(r, c, 1) === '!' || mark(r, c, 2) === '!';
const grantingEntries = (r, c, right) => (data.matrix.by[r + ',' + c + ',' + right] || []).map((i) => data.matrix.entries[i]);

function markHtml(r, c) {
  return RIGHTS.map(([right, letter], i) => {
    const yes = mark(r, c, i) !== '.';
    return '<span class="m ' + (yes ? 'yes' : 'no') + '" data-right="' + right + '"><span ' +
      'aria-hidden="true">' + (yes ? letter : '·') + '</span><span class="sr">' + right + (yes ? ' allowed' : ' denied') + (mark(r, c, i) === '!' ? ' (risky)' : '') + '</span></span>';
  }).join('');
}

function cellTitle(r, c) {
  const reason = data.matrix.columns[c].reason;
  return RIGHTS.map(([right], i) => {
    const by = grantingEntries(r, c, right).map((b) => 'line ' + b.line).join(', ');
    return right + ': ' + (mark(r, c, i) !== '.' ? 'yes' : 'no') + (by ? ' (' + by + ')' : '');
  }).join('\n') + (reason ? '\n' + reason : '');
}

function render() {
  if (!data) return;
  const m = data.matrix;
  if (m.unavailable) {
    table.hidden = true;
    status.textContent = data.file + ': no access matrix: ' + m.unavailable;
    return;
  }
  table.hidden = false;
  const rows = m.rows.length, cols = m.columns.length;
  table.setAttribute('aria-rowcount', String(rows + 1));
  table.setAttribute('aria-colcount', String(cols + 1));
  const r0 = Math.max(0, Math.floor(scroller.scrollTop / ROW) - OVERSCAN);
  const r1 = Math.min(rows, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW) + OVERSCAN);
  const c0 = Math.max(0, Math.floor(scroller.scrollLeft / COL) - OVERSCAN);
  const c1 = Math.min(cols, Math.ceil((scroller.scrollLeft + scroller.clientWidth) / COL) + OVERSCAN);
  const key = [data.version, data.matrix.view, r0, r1, c0, c1, active.r, active.c, rows, cols].join(':');
  if (key === shown) return;
  shown = key;
  // The content security policy refuses style attributes: spacers carry their size in data-w / data-h, set below.
  const left = c0 > 0 ? '<td class="spacer" data-w="' + c0 * COL + '" aria-hidden="true"></td>' : '';
  const right = c1 < cols ? '<td class="spacer" data-w="' + (cols - c1) * COL + '" aria-hidden="true"></td>' : '';
  let head = '<tr aria-rowindex="1"><th scope="col" class="corner" aria-colindex="1">' + (m.view === 'groups' ? 'Group' : 'User') + ' \\ destination</th>' + left.replace(/td/g, 'th');
  for (let c = c0; c < c1; c++) {
    const col = m.columns[c];
    head += '<th scope="col" aria-colindex="' + (c + 2) + '" class="' + col.category + '" ' +
      'title="' + esc(col.destination + (col.entryLines.length ? ' (line ' + col.entryLines.join(', ') + ')' : '')) + '"><span class="name">' + esc(col.label) + '</span></th>';
  }
  head += right.replace(/td/g, 'th') + '</tr>';
  // A row without cells takes no height: the spacers hold one cell each.
  const spacer = (n) => '<tr aria-hidden="true"><td class="spacer" colspan="' + (c1 - c0 + 3) + '" data-h="' + n * ROW + '"></td></tr>';
  let body = r0 > 0 ? spacer(r0) : '';
  for (let r = r0; r < r1; r++) {
    const row = m.rows[r];
    body += '<tr aria-rowindex="' + (r + 2) + '"' + (row.noRights ? ' class="norights"' : '') + '><th scope="row" aria-colindex="1" ' +
      'title="' + esc(row.label + (row.groups.length ? ' (groups: ' + row.groups.join(', ') + ')' : '')) + '">' + esc(row.label) +
      (row.noRights ? ' <span aria-label="no right anywhere">⚠ no rights</span>' : '') + '</th>' + left;
    for (let c = c0; c < c1; c++) {
      const risky = isRisky(r, c);
      const isActive = r === active.r && c === active.c;
      body += '<td class="cell' + (risky ? ' risky' : '') + (isActive ? ' active' : '') + '" data-r="' + r + '" data-c="' + c + '" ' +
        'aria-colindex="' + (c + 2) + '" tabindex="' + (isActive ? 0 : -1) + '" title="' + esc(cellTitle(r, c)) + '">' + markHtml(r, c) + '</td>';
    }
    body += right + '</tr>';
  }
  if (r1 < rows) body += spacer(rows - r1);
  const hadFocus = document.activeElement && document.activeElement.classList.contains('cell');
  thead.innerHTML = head;
  tbody.innerHTML = body;
  for (const el of table.querySelectorAll('[data-w]')) el.style.width = el.style.minWidth = el.style.maxWidth = el.dataset.w + 'px';
  for (const el of table.querySelectorAll('[data-h]')) el.style.height = el.dataset.h + 'px';
  if (hadFocus) focusActive();
}

function focusActive() {
  const td = tbody.querySelector('td[data-r="' + active.r + '"][data-c="' + active.c + '"]');
  if (td) td.focus({ preventScroll: true });
}

function showDetails(r, c) {
  const m = data.matrix, row = m.rows[r], col = m.columns[c];
  let html = '<h3>' + esc(row.label) + ' on ' + esc(col.destination) + '</h3><ul>';
  RIGHTS.forEach(([right], i) => {
    const by = grantingEntries(r, c, right);
    html += '<li data-right="' + right + '"><strong>' + right + ': ' + (mark(r, c, i) !== '.' ? 'allowed' : 'denied') + (mark(r, c, i) === '!' ? ' (risky)' : '') + '</strong>';
    if (col.reason) html += ' — ' + esc(col.reason);
    if (by.length) {
      html += '<ul>';
      for (const b of by) html += '<li><button class="link entry" data-line="' + b.line + '">line ' + b.line + (b.role === 'entry' ? '' : ' (' + b.role + 'Entry)') + ': ' + esc(b.text) + '</button></li>';
      html += '</ul>';
    }
    html += '</li>';
  });
  details.innerHTML = html + '</ul>';
}

/** Scrolls so that the active cell shows beside the sticky headers (keyboard moves only: a click is in view). */
function scrollToActive() {
  const { r, c } = active;
  const headWidth = tbody.querySelector('th[scope=row]')?.offsetWidth ?? 0, headHeight = thead.offsetHeight;
  const top = r * ROW, leftPx = c * COL;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + ROW + headHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + ROW + headHeight - scroller.clientHeight;
  if (leftPx < scroller.scrollLeft) scroller.scrollLeft = leftPx;
  else if (leftPx + COL + headWidth > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = leftPx + COL + headWidth - scroller.clientWidth;
}

function select(r, c, focus, scroll) {
  active = { r, c };
  if (scroll) scrollToActive();
  shown = '';
  render();
  showDetails(r, c);
  if (focus) focusActive();
}

scroller.addEventListener('scroll', () => requestAnimationFrame(render));
// The scroller's height is known only once the table shows: render again when it changes.
new ResizeObserver(() => requestAnimationFrame(render)).observe(scroller);
tbody.addEventListener('click', (event) => {
  const td = event.target.closest('td.cell');
  if (td) select(Number(td.dataset.r), Number(td.dataset.c), true, false);
});
tbody.addEventListener('keydown', (event) => {
  if (!data) return;
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-10, 0], PageDown: [10, 0] };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const m = data.matrix;
  select(Math.max(0, Math.min(m.rows.length - 1, active.r + move[0])), Math.max(0, Math.min(m.columns.length - 1, active.c + move[1])), true, true);
});
details.addEventListener('click', (event) => {
  const button = event.target.closest('button.entry');
  if (button) vscode.postMessage({ type: 'reveal', line: Number(button.dataset.line) });
});
document.getElementById('add').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('destination');
  if (input.value.trim()) vscode.postMessage({ type: 'add', destination: input.value.trim() });
  input.value = '';
});
for (const radio of document.querySelectorAll('input[name=view]')) radio.addEventListener('change', () => vscode.postMessage({ type: 'view', view: radio.value }));
window.addEventListener('message', (event) => {
  if (event.data.type !== 'matrix') return;
  data = event.data;
  const m = data.matrix;
  if (!m.unavailable) {
    active = { r: Math.min(active.r, Math.max(0, m.rows.length - 1)), c: Math.min(active.c, Math.max(0, m.columns.length - 1)) };
    let risky = 0;
    for (let r = 0; r < m.rows.length; r++) for (let c = 0; c < m.columns.length; c++) if (isRisky(r, c)) risky++;
    status.textContent = data.file + ': ' + m.rows.length + ' ' + (m.view === 'groups' ? 'groups' : 'rows') + ' × ' + m.columns.length + ' ' +
      'destinations, ' + risky + ' risky cells, ' + m.rows.filter((r) => r.noRights).length + ' without any right';
  }
  shown = '';
  render();
  // The explanation on show follows the new answer too (an edit may have changed the cell's rights).
  if (details.innerHTML && !m.unavailable && m.rows.length && m.columns.length) showDetails(active.r, active.c);
  else details.innerHTML = '';
  document.body.dataset.version = String(data.version);
});
vscode.postMessage({ type: 'ready' });
`;

export function matrixPage(cspSource: string): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Access matrix</title>
<style nonce="${nonce}">${STYLE}</style></head>
<body>
<header>
  <form id="add"><label for="destination">Add a destination</label> <input type="text" id="destination" placeholder="queue://ORDERS.EU" spellcheck="false"> <button type="submit">Add column</button></form>
  <fieldset><legend class="sr">Rows</legend>Rows: <label><input type="radio" name="view" value="users" checked> users</label> <label><input type="radio" name="view" value="groups"> groups</label></fieldset>
</header>
<p id="status" role="status">Loading the access matrix…</p>
<p class="legend">R read · W write · A admin; a dot is denied. Red cells are risky: write or admin for anonymous, guests or <code>*</code>,
admin on <code>&gt;</code>. Hover or click a cell for the entries behind it; arrow keys move between cells.</p>
<div id="scroller"><table id="matrix" hidden><caption class="sr">Who may read, write and administer each destination</caption><thead></thead><tbody></tbody></table></div>
<section id="details" aria-live="polite"></section>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}

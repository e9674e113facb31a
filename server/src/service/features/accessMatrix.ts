// The access matrix: who may read, write and administer every destination pattern the authorization map names
// (and any concrete destination asked for), one row per user (or group). Every cell comes from
// effectivePermissions, the function that answers --who-can, so the matrix can never disagree with it: this module
// only lays the answers out and explains them.
import {
  destinationString, effectivePermissions, EVERYONE, type AclInput, type DestinationKind, type EffectivePermissions, type MapEntryInput, type RightName,
  type SecurityInput, type UserInput,
} from '../../destinations';
import type { FeatureContext } from './context';

export const MATRIX_RIGHTS: readonly RightName[] = ['read', 'write', 'admin'];

export type MatrixView = 'users' | 'groups';
export type ColumnCategory = 'concrete' | 'queue' | 'topic' | 'advisory' | 'temp';

export interface MatrixColumn {
  /** A destination as --who-can takes it: `queue://ORDERS.>`, `topic://ActiveMQ.Advisory.>`. */
  destination: string;
  label: string;
  category: ColumnCategory;
  /** Lines (1-based) of the entries that name this pattern. */
  entryLines: number[];
}

export type RowKind = 'user' | 'anonymous' | 'everyone' | 'group';

export interface MatrixRow {
  label: string;
  kind: RowKind;
  /** The groups the row stands for (a user's, the anonymous group, `*`, or the group itself). */
  groups: readonly string[];
  /** Line of the user's (last) definition. */
  line?: number;
  /** No right on any column. */
  noRights: boolean;
}

export interface GrantingEntry {
  /** `entry`, or the defaultEntry / tempDestinationAuthorizationEntry. */
  role: 'entry' | 'default' | 'temp';
  line: number;
  text: string;
}

export interface RightCell {
  granted: boolean;
  /** The entries whose groups give this row the right. */
  by: GrantingEntry[];
  /** "no entry matches", "only the defaultEntry", or how a temporary destination is governed. */
  reason?: string;
  risky: boolean;
}

export type MatrixCell = Record<RightName, RightCell>;

export interface AccessMatrix {
  view: MatrixView;
  /** Why there is no matrix (no authorization map in the file, say). */
  unavailable?: string;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[row][column]. */
  cells: MatrixCell[][];
}

export interface MatrixOptions {
  view?: MatrixView;
  /** Concrete destinations to add as columns (`queue://ORDERS.EU`). */
  destinations?: string[];
}

/** Why who-can and the matrix have no answer for this file, or undefined when they have one. */
export function authorizationUnavailable(context: FeatureContext): string | undefined {
  const { model } = context.doc;
  if (!model.broker) return 'no ActiveMQ broker in this file';
  if (model.authorization.length === 0) return 'no authorizationPlugin: every authenticated connection may read, write and administer everything';
  if (!context.analysis.hasEntryMap()) return 'the authorization map is not an authorizationMap in this file (LDAP or a Spring bean); its entries live elsewhere';
  return undefined;
}

/** simpleAuthenticationPlugin.setUsers puts users into a HashMap: the last definition of a username wins. */
export function effectiveUsers(users: UserInput[]): UserInput[] {
  const byName = new Map<string, UserInput>();
  for (const user of users) {
    byName.delete(user.name);
    byName.set(user.name, user);
  }
  return [...byName.values()];
}

const GUEST = /^guests?$/i;

export function accessMatrix(context: FeatureContext, options: MatrixOptions = {}): AccessMatrix {
  const view = options.view ?? 'users';
  const unavailable = authorizationUnavailable(context);
  if (unavailable) return { view, unavailable, rows: [], columns: [], cells: [] };
  const analysed = context.analysis.securityInput();
  const input: SecurityInput = { ...analysed, users: effectiveUsers(analysed.users) };
  const line = (offset: number) => context.doc.positionAt(offset).line + 1;
  const entryLine = (id: number) => line(context.doc.model.entries[id].element.span.start);
  const locate = (id: number, role: GrantingEntry['role']): GrantingEntry => {
    const element = context.doc.model.entries[id].element;
    return { role, line: line(element.span.start), text: context.doc.text.slice(element.span.start, element.startTagSpan.end) };
  };
  const userLines = new Map<string, number>();
  for (const user of context.doc.model.users) if (user.username) userLines.set(user.username.text, line(user.element.span.start));
  const columns = matrixColumns(input, options.destinations ?? [], entryLine);
  return computeMatrix(input, columns, view, locate, userLines);
}

function categoryOf(kind: DestinationKind, text: string): ColumnCategory {
  if (kind === 'temp-queue' || kind === 'temp-topic') return 'temp';
  if (kind === 'topic') return text.startsWith('ActiveMQ.Advisory.') ? 'advisory' : 'topic';
  return 'queue';
}

const CATEGORY_ORDER: ColumnCategory[] = ['concrete', 'queue', 'topic', 'advisory', 'temp'];

/** One column per pattern the entries name, kinds apart, each once; both temporary kinds always (their own rules). */
export function matrixColumns(input: SecurityInput, concrete: string[], entryLine: (id: number) => number): MatrixColumn[] {
  const byDestination = new Map<string, MatrixColumn>();
  for (const destination of concrete) {
    if (!byDestination.has(destination)) byDestination.set(destination, { destination, label: destination, category: 'concrete', entryLines: [] });
  }
  for (const entry of input.map.entries) {
    for (const pattern of entry.patterns) {
      const destination = destinationString(pattern);
      let column = byDestination.get(destination);
      if (!column) byDestination.set(destination, (column = { destination, label: destination, category: categoryOf(pattern.kind, pattern.text), entryLines: [] }));
      const at = entryLine(entry.id);
      if (!column.entryLines.includes(at)) column.entryLines.push(at);
    }
  }
  // A temporary destination's rights do not depend on its name: one column per kind stands for all of them.
  for (const kind of ['temp-queue', 'temp-topic']) {
    const destination = `${kind}://>`;
    if (!byDestination.has(destination)) byDestination.set(destination, { destination, label: `${kind}:// (any)`, category: 'temp', entryLines: [] });
  }
  const columns = [...byDestination.values()];
  return CATEGORY_ORDER.flatMap((category) => columns.filter((c) => c.category === category));
}

/** The rows of a view: effective users plus anonymous and `*` where they apply, or every group. */
function matrixRows(input: SecurityInput, view: MatrixView, userLines: Map<string, number>): MatrixRow[] {
  const rows: MatrixRow[] = [];
  if (view === 'users') {
    for (const user of input.users) rows.push({ label: user.name, kind: 'user', groups: user.groups, line: userLines.get(user.name), noRights: false });
  } else {
    const groups = new Set<string>();
    for (const user of input.users) for (const g of user.groups) groups.add(g);
    for (const acl of allAcls(input)) for (const r of MATRIX_RIGHTS) for (const g of acl[r]) groups.add(g);
    groups.delete(EVERYONE);
    for (const g of [...groups].sort()) rows.push({ label: g, kind: 'group', groups: [g], noRights: false });
  }
  if (input.anonymous?.allowed) rows.push({ label: `anonymous (group ${input.anonymous.group})`, kind: 'anonymous', groups: [input.anonymous.group], noRights: false });
  return rows;
}

function allAcls(input: SecurityInput): AclInput[] {
  const { map } = input;
  return [...map.entries, ...(map.defaultEntry ? [map.defaultEntry] : []), ...(map.tempEntry ? [map.tempEntry] : [])];
}

/** Whether effectivePermissions' answer gives the row the right. */
function grantedTo(row: MatrixRow, answer: EffectivePermissions, right: RightName): boolean {
  const r = answer[right];
  switch (row.kind) {
    case 'user':
      return r.users.includes(row.label);
    case 'anonymous':
      return r.anonymous;
    case 'everyone':
      return r.everyone;
    case 'group':
      return r.everyone || r.groups.includes(row.groups[0]);
  }
}

function aclGrants(acl: AclInput, right: RightName, groups: readonly string[]): boolean {
  return acl[right].includes(EVERYONE) || groups.some((g) => acl[right].includes(g));
}

type Locate = (id: number, role: GrantingEntry['role']) => GrantingEntry;

/** The entries behind a granted right, and the reason the answer is what it is where it comes from no entry. */
function explain(row: MatrixRow, answer: EffectivePermissions, right: RightName, input: SecurityInput, entries: Map<number, MapEntryInput>, locate: Locate): Pick<RightCell, 'by' | 'reason'> {
  const groups = row.kind === 'everyone' ? [EVERYONE] : row.groups;
  const { map } = input;
  if (answer.tempGoverned === 'open') return { by: [], reason: 'no tempDestinationAuthorizationEntry: open to every authenticated connection' };
  if (answer.tempGoverned === 'entry') {
    const temp = map.tempEntry as MapEntryInput;
    return { by: aclGrants(temp, right, groups) ? [locate(temp.id, 'temp')] : [], reason: 'only the tempDestinationAuthorizationEntry' };
  }
  const by: GrantingEntry[] = [];
  for (const id of answer.matchingEntryIds) {
    const entry = entries.get(id);
    if (entry && aclGrants(entry, right, groups)) by.push(locate(id, 'entry'));
  }
  const defaultEntry = map.defaultEntry as MapEntryInput | undefined;
  if (answer.usesDefaultEntry && defaultEntry && aclGrants(defaultEntry, right, groups)) by.push(locate(defaultEntry.id, 'default'));
  if (answer.matchingEntryIds.length > 0) return { by };
  return { by, reason: answer.usesDefaultEntry ? 'only the defaultEntry' : 'no entry matches' };
}

function isRisky(row: MatrixRow, column: MatrixColumn, right: RightName, anonymousGroup: string | undefined): boolean {
  if (right === 'read') return false;
  if (right === 'admin' && /^(queue|topic):\/\/>$/.test(column.destination)) return true;
  if (row.kind === 'anonymous' || row.kind === 'everyone') return true;
  if (row.kind === 'user') return GUEST.test(row.label) || row.groups.some((g) => GUEST.test(g) || g === anonymousGroup);
  return GUEST.test(row.label) || row.label === anonymousGroup;
}

/** The matrix of rows × columns from effectivePermissions, one call per column. */
export function computeMatrix(input: SecurityInput, columns: MatrixColumn[], view: MatrixView, locate: Locate, userLines = new Map<string, number>()): AccessMatrix {
  const rows = matrixRows(input, view, userLines);
  const answers = columns.map((c) => effectivePermissions(input, c.destination));
  // "Any authenticated user" is a row where `*` (or an open temp destination) grants something.
  if (answers.some((a) => MATRIX_RIGHTS.some((r) => a[r].everyone))) {
    rows.push({ label: '* (any authenticated user)', kind: 'everyone', groups: [EVERYONE], noRights: false });
  }
  const entries = new Map(input.map.entries.map((e) => [e.id, e]));
  const anonymousGroup = input.anonymous?.allowed ? input.anonymous.group : undefined;
  const cells = rows.map((row) => {
    const line = columns.map((column, c) => {
      const cell = {} as MatrixCell;
      for (const right of MATRIX_RIGHTS) {
        const granted = grantedTo(row, answers[c], right);
        const { by, reason } = explain(row, answers[c], right, input, entries, locate);
        cell[right] = { granted, by: granted ? by : [], reason, risky: granted && isRisky(row, column, right, anonymousGroup) };
      }
      return cell;
    });
    row.noRights = !line.some((cell) => MATRIX_RIGHTS.some((r) => cell[r].granted));
    return line;
  });
  return { view, rows, columns, cells };
}

// The access matrix as the webview receives it: a large map (200 users × 1,000 patterns) would be tens of
// megabytes as one object per right, so the marks travel as one string per row and the granting entries once each.
import { MATRIX_RIGHTS, type AccessMatrix, type GrantingEntry, type MatrixColumn, type MatrixRow, type MatrixView } from './accessMatrix';

/** Per right of a cell: denied, granted, granted and risky. */
export const MARK = { denied: '.', granted: '+', risky: '!' } as const;

export interface WireMatrix {
  view: MatrixView;
  unavailable?: string;
  rows: MatrixRow[];
  /** With the reason the cells of a column share ("no entry matches", "only the defaultEntry", ...). */
  columns: (MatrixColumn & { reason?: string })[];
  /** Each granting entry once; `by` refers to them by index. */
  entries: GrantingEntry[];
  /** One string per row, three characters (read, write, admin) per column, each a MARK. */
  marks: string[];
  /** `row,column,right` → indexes into `entries`, for the granted rights that entries give. */
  by: Record<string, number[]>;
}

export function wireMatrix(matrix: AccessMatrix): WireMatrix {
  const entries: GrantingEntry[] = [];
  const indexOf = new Map<string, number>();
  const by: Record<string, number[]> = {};
  const columns = matrix.columns.map((column, c) => {
    const reason = matrix.cells[0]?.[c] && MATRIX_RIGHTS.map((r) => matrix.cells[0][c][r].reason).find((x) => x);
    return reason ? { ...column, reason } : { ...column };
  });
  const marks = matrix.cells.map((line, r) => {
    let text = '';
    line.forEach((cell, c) => {
      for (const right of MATRIX_RIGHTS) {
        const x = cell[right];
        text += !x.granted ? MARK.denied : x.risky ? MARK.risky : MARK.granted;
        if (x.by.length === 0) continue;
        by[`${r},${c},${right}`] = x.by.map((entry) => {
          const key = `${entry.line}:${entry.text}`;
          let index = indexOf.get(key);
          if (index === undefined) indexOf.set(key, (index = entries.push(entry) - 1));
          return index;
        });
      }
    });
    return text;
  });
  return { view: matrix.view, unavailable: matrix.unavailable, rows: matrix.rows, columns, entries, marks, by };
}

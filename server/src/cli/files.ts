// activemq-lint's file handling for --client files: reading one (a byte order mark set aside, a clear reason when it
// cannot be read), and the result that ends a run on a file problem. Broker configs are read by read.ts/source.ts.
import { readFileSync, statSync } from 'node:fs';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class FileError extends Error {}

const BYTE_ORDER_MARK = '\uFEFF';

export interface ConfigText {
  text: string;
  /** The file began with a byte order mark, which the text leaves out. */
  bom: boolean;
}

function readConfig(path: string): ConfigText {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new FileError(`cannot read ${path}: no such file`);
  }
  if (stats.isDirectory()) throw new FileError(`cannot read ${path}: it is a directory (give the activemq.xml file itself)`);
  try {
    // Editors hide a byte order mark; dropping it keeps line 1's columns the same as theirs.
    const raw = readFileSync(path, 'utf8');
    const bom = raw.startsWith(BYTE_ORDER_MARK);
    return { text: bom ? raw.slice(1) : raw, bom };
  } catch (error) {
    throw new FileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The file's text, or the result that ends the run with exit 2 and the reason. */
export function readOrReport(path: string): ConfigText | CliResult {
  try {
    return readConfig(path);
  } catch (error) {
    if (error instanceof FileError) return fileProblem(error.message);
    throw error;
  }
}

export function fileProblem(message: string): CliResult {
  return { stdout: '', stderr: `activemq-lint: ${message}\n`, exitCode: 2 };
}

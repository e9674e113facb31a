// "Check all broker configs in the workspace": the client lists the workspace's XML files, the server reads the
// ones that are not open, publishes their diagnostics (Problems then lists every broker config, open or not) and
// remembers them, so that a file closed again shows what is on disk and a file gone from the list is cleared.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ACTIVEMQ_NAMESPACE } from '../model/types';

export interface WorkspaceCheckSummary {
  /** Files looked at (open ones are left to the editor's own validation). */
  files: number;
  /** Of those, the ones holding an ActiveMQ broker. */
  brokerConfigs: number;
  errors: number;
  warnings: number;
  /** Files that could not be read, each with the reason. */
  unreadable: string[];
}

export interface WorkspaceCheckHost {
  isOpen(uri: string): boolean;
  /** The diagnostics of a broker config's text (the size limit included). */
  diagnose(uri: string, text: string): Diagnostic[];
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

/** Enough of a file to find the broker's namespace: the root and the <broker> start tag come first. */
const HEAD_BYTES = 256 * 1024;

function head(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Lets other requests in between files, so a large workspace does not stall the editor. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceCheck {
  private readonly checked = new Set<string>();

  constructor(private readonly host: WorkspaceCheckHost) {}

  /** Whether the file's diagnostics come from a workspace check (so closing it should show the disk's again). */
  has(uri: string): boolean {
    return this.checked.has(uri);
  }

  async run(uris: string[]): Promise<WorkspaceCheckSummary> {
    const summary: WorkspaceCheckSummary = { files: 0, brokerConfigs: 0, errors: 0, warnings: 0, unreadable: [] };
    const listed = new Set(uris);
    for (const uri of this.checked) {
      if (!listed.has(uri) && !this.host.isOpen(uri)) this.host.publish(uri, []);
    }
    this.checked.clear();
    for (const uri of listed) {
      if (this.host.isOpen(uri)) continue;
      summary.files++;
      const diagnostics = this.diagnoseFile(uri, summary.unreadable);
      if (diagnostics === undefined) continue;
      summary.brokerConfigs++;
      summary.errors += diagnostics.filter((d) => d.severity === 1).length;
      summary.warnings += diagnostics.filter((d) => d.severity === 2).length;
      this.checked.add(uri);
      this.host.publish(uri, diagnostics);
      await nextTurn();
    }
    return summary;
  }

  /** A closed file that a check had published: its diagnostics are those of the file on disk again. */
  refresh(uri: string): void {
    if (!this.checked.has(uri)) return;
    const diagnostics = this.diagnoseFile(uri, []);
    if (diagnostics === undefined) this.checked.delete(uri);
    this.host.publish(uri, diagnostics ?? []);
  }

  /** The file's diagnostics, or undefined when it is no broker config or cannot be read (noted in `unreadable`). */
  private diagnoseFile(uri: string, unreadable: string[]): Diagnostic[] | undefined {
    let text: string;
    try {
      const path = fileURLToPath(uri);
      // Most XML in a workspace is no broker config: a look at its head decides before the whole file is read.
      if (!statSync(path).isFile() || !head(path).includes(ACTIVEMQ_NAMESPACE)) return undefined;
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      unreadable.push(`${uri}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return undefined;
    }
    return this.host.diagnose(uri, text);
  }
}

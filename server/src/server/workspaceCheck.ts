// "Check all broker configs in the workspace": the client lists the workspace's XML files, the server reads the
// ones that are not open, publishes their diagnostics (Problems then lists every broker config, open or not) and
// remembers them, so that a file closed again shows what is on disk and a file gone from the list is cleared.
import type { Diagnostic } from 'vscode-languageserver/node';
import { ACTIVEMQ_NAMESPACE, type FileText } from '../service/languageService';

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
  /** A listed file's text, read as side files are (inside its workspace folder, a regular file, bounded), or why not. */
  read(uri: string): FileText;
}

/** Enough of a file to find the broker's namespace: the root and the <broker> start tag come first. */
const HEAD_CHARACTERS = 256 * 1024;

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
    const read = this.host.read(uri);
    if (!read.ok) {
      unreadable.push(`${uri}: ${read.reason}`);
      return undefined;
    }
    // Most XML in a workspace is no broker config: its head decides.
    if (!read.text.slice(0, HEAD_CHARACTERS).includes(ACTIVEMQ_NAMESPACE)) return undefined;
    return this.host.diagnose(uri, read.text);
  }
}

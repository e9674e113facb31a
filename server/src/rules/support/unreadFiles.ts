// The side files a lint asked for and did not get (refused: outside the project, not a regular file, too large,
// an untrusted workspace), so that one finding names each of them with the reason: a check that could not look
// must not pass in silence. A file that is simply not there is the usual case of an optional file and is not noted.
import type { FileAccess, FileFound, FileRefusal, FileText } from '../../base/files';

export interface UnreadFile {
  refusal: FileRefusal;
  /** The rules that asked for it, in the order they asked. */
  wantedBy: string[];
}

interface Record {
  byPath: Map<string, UnreadFile>;
  reader: string | undefined;
}

const records = new WeakMap<FileAccess, Record>();

/** The same access, noting each refused read or look-up. */
export function recordingRefusals(files: FileAccess): FileAccess {
  const record: Record = { byPath: new Map(), reader: undefined };
  const note = <T extends FileText | FileFound>(result: T): T => {
    if (result.ok || result.missing) return result;
    const unread = record.byPath.get(result.path) ?? { refusal: result, wantedBy: [] };
    if (record.reader && !unread.wantedBy.includes(record.reader)) unread.wantedBy.push(record.reader);
    record.byPath.set(result.path, unread);
    return result;
  };
  const recording: FileAccess = { ...files, read: (path, limit) => note(files.read(path, limit)), find: (path) => note(files.find(path)) };
  records.set(recording, record);
  return recording;
}

/** Names the rule whose reads follow (for the message: which checks went without the file). */
export function noteReader(files: FileAccess, ruleId: string | undefined): void {
  const record = records.get(files);
  if (record) record.reader = ruleId;
}

export function unreadFiles(files: FileAccess): UnreadFile[] {
  return [...(records.get(files)?.byPath.values() ?? [])];
}

// Access to the files beside a config (login.config, groups.properties, credentials.properties, jetty.xml, key
// stores). The service never touches the file system itself: the CLI and the server pass this in (nodeFiles.ts,
// which confines every read to the project's root), tests pass a map. A read that is refused says why, so that a
// finding can name the file and the reason instead of passing in silence; it never carries the file's bytes.

/** A file that was not read: where, and why in a few words ("outside the project (/repo); use --allow-outside DIR"). */
export interface FileRefusal {
  ok: false;
  path: string;
  reason: string;
  /** The file simply is not there (inside the root): the usual case of an optional file, nothing to report. */
  missing: boolean;
}

export type FileText = { ok: true; path: string; text: string } | FileRefusal;
export type FileFound = { ok: true; path: string } | FileRefusal;

/** 1 MB: properties files, login.config, .activemq-lint.json and --client files are far smaller. */
export const SIDE_FILE_LIMIT_BYTES = 1024 * 1024;

export interface FileAccess {
  /**
   * Reads a file given relative to the document's folder (or absolute), at most `limitBytes` (1 MB by default):
   * its text, or why it was not read.
   */
  read(path: string, limitBytes?: number): FileText;
  /** Whether a regular file is there (relative to the document's folder, or absolute), or why that is not looked at. */
  find(path: string): FileFound;
  /** The document's folder as a file-system path, when the document is a file. */
  folder: string | undefined;
  /** The folder that side files are confined to (undefined when none is read, e.g. an unsaved document). */
  root?: string;
  /** Set when no side file is read at all, with the reason (an untrusted workspace). */
  disabled?: string;
}

/** The text of a read, or undefined when the file was not read (whatever the reason). */
export function textOf(result: FileText): string | undefined {
  return result.ok ? result.text : undefined;
}

function absent(path: string): FileRefusal {
  return { ok: false, path, reason: 'no such file', missing: true };
}

export const NO_FILES: FileAccess = { read: absent, find: absent, folder: undefined };

/** A FileAccess over an in-memory map of relative paths, for tests and the browser. */
export function filesFromMap(files: Record<string, string>, folder = '/config'): FileAccess {
  const key = (path: string) => (path.startsWith(folder + '/') ? path.slice(folder.length + 1) : path);
  return {
    read: (path) => (key(path) in files ? { ok: true, path, text: files[key(path)] } : absent(path)),
    find: (path) => (key(path) in files ? { ok: true, path } : absent(path)),
    folder,
    root: folder,
  };
}

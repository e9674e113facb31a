// Access to the files beside a config (login.config, groups.properties, credentials.properties). The service
// never touches the file system itself: the CLI and the server pass this in, tests pass a map.

export interface FileAccess {
  /** Reads a file given relative to the document's folder (or absolute); undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** Whether a file exists, relative to the document's folder (or absolute). */
  exists(path: string): boolean;
  /** The document's folder as a file-system path, when the document is a file. */
  folder: string | undefined;
}

export const NO_FILES: FileAccess = { read: () => undefined, exists: () => false, folder: undefined };

/** A FileAccess over an in-memory map of relative paths, for tests and the browser. */
export function filesFromMap(files: Record<string, string>, folder = '/config'): FileAccess {
  const key = (path: string) => (path.startsWith(folder + '/') ? path.slice(folder.length + 1) : path);
  return {
    read: (path) => files[key(path)],
    exists: (path) => key(path) in files,
    folder,
  };
}

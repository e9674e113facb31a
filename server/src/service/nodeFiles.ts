// FileAccess over the real file system, for the CLI and the server (never imported by the pure service).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileAccess } from './files';

const MAX_SIDE_FILE_BYTES = 1024 * 1024;

export function filesBeside(documentPath: string): FileAccess {
  const folder = dirname(resolve(documentPath));
  const full = (path: string) => (isAbsolute(path) ? path : resolve(folder, path));
  return {
    folder,
    exists: (path) => existsSync(full(path)),
    read(path) {
      try {
        const file = full(path);
        if (!statSync(file).isFile() || statSync(file).size > MAX_SIDE_FILE_BYTES) return undefined;
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

// FileAccess over the real file system, for the CLI and the server (never imported by the pure service).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { FileAccess } from './files';
import { parseProjectConfig, PROJECT_CONFIG_NAME, type ProjectConfig } from './projectConfig';

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

/** The nearest .activemq-lint.json in the folder or above it, the way ESLint finds its config. */
export function findProjectConfig(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const candidate = join(current, PROJECT_CONFIG_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** Reads and parses a project config; an unreadable file is one problem of the config, not an exception. */
export function loadProjectConfig(path: string): ProjectConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, settings: {}, problems: [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  return parseProjectConfig(text, path);
}

// The project a config on the command line belongs to: the nearest folder above it that holds `.git` or
// `.activemq-lint.json`, else the config's own folder. --fix writes through a symbolic link only inside it.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { PROJECT_CONFIG_NAME } from '../service/languageService';

export function projectRoot(configPath: string): string {
  const folder = dirname(resolve(configPath));
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, PROJECT_CONFIG_NAME))) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

/** Whether a path lies in a folder (or is it); both already resolved (realpath) by the caller. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

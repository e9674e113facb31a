// Writing --fix's result without losing a byte: into the file a symbolic link names only when that lies inside the
// project, through a temporary file in the same folder with the same mode, renamed over the config only when the
// config still holds exactly the bytes that were read (an edit made meanwhile is never overwritten).
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isInside, projectRoot } from './root';
import { errorReason, readConfigFile } from './read';

/** Test hooks: what happens between writing the temporary file and replacing the config. */
export interface WriteHooks {
  beforeReplace?(path: string): void;
}

/** Replaces the bytes read from `path` with `next`; the reason when it did not. */
export function replaceFile(path: string, read: Buffer, next: Buffer, hooks: WriteHooks = {}): string | undefined {
  let target: string;
  let root: string;
  try {
    target = realpathSync(path);
    root = realpathSync(projectRoot(path));
  } catch (error) {
    return `cannot write the fixes to ${path}: ${errorReason(error)}`;
  }
  if (!isInside(target, root)) return `not writing the fixes to ${path}: it leads to ${target}, outside the project (${root})`;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.activemq-lint`);
  try {
    const mode = statSync(target).mode & 0o7777;
    const fd = openSync(temporary, 'wx', mode);
    try {
      fchmodSync(fd, mode); // the umask may have taken bits away
      writeSync(fd, next);
      fsyncSync(fd); // on disk before it replaces the config
    } finally {
      closeSync(fd);
    }
    hooks.beforeReplace?.(path);
    const now = readConfigFile(target, read.length);
    if (now.kind !== 'bytes' || !now.bytes.equals(read)) {
      unlinkSync(temporary);
      return `not writing the fixes to ${path}: it changed since it was read; run --fix again`;
    }
    renameSync(temporary, target);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Not created, or already renamed.
    }
    return `cannot write the fixes to ${path}: ${errorReason(error)}`;
  }
}

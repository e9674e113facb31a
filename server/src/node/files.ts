// FileAccess over the real file system, for the CLI and the server (never imported by the pure service). A config is
// hostile until proven otherwise: every file it names is read only if its real path (symlinks resolved) lies inside
// the analysis's root or a folder the user allowed, only if it is a regular file (never a device, FIFO, socket,
// /proc or /sys), and only up to a size counted on the bytes actually read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { SIDE_FILE_LIMIT_BYTES, type FileAccess, type FileFound, type FileRefusal, type FileText } from '../base/files';
import { parseProjectConfig, PROJECT_CONFIG_NAME, type ProjectConfig } from '../service/projectConfig';

/** Where side files may come from, and how a refusal tells the user to widen it. */
export interface Confinement {
  /** The project's folder: the workspace folder (editor) or the nearest folder with .git or .activemq-lint.json (CLI). */
  root: string;
  /** Folders the user allowed on purpose (--allow-outside, activemqXml.files.allowOutside). */
  allowOutside: string[];
  /** How to widen the root, for the reason of a refusal: "use --allow-outside DIR". */
  widen: string;
}

// Never read, whatever the root: their files are the process's and the kernel's (a /proc file reports size 0).
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];
// open(2) flags: a FIFO must not block the open, and a symlink swapped in after the check must not be followed.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK_BYTES = 64 * 1024;

function refusal(path: string, reason: string, missing = false): FileRefusal {
  return { ok: false, path, reason, missing };
}

function inside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The real path of a folder (as given when it cannot be resolved, e.g. gone). */
function realFolder(folder: string): string {
  try {
    return realpathSync.native(resolve(folder));
  } catch {
    return resolve(folder);
  }
}

/**
 * The real path a path names, symlinks resolved, also when the file itself is not there (its folder resolved,
 * a dangling link followed by its text), so that the check never depends on whether an outside file exists.
 */
function realPath(path: string, hops = 0): string {
  try {
    return realpathSync.native(path);
  } catch {
    if (hops > 40 || dirname(path) === path) return path;
    let link: string | undefined;
    try {
      if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
    } catch {
      // not there at all: its folder decides
    }
    if (link !== undefined) return realPath(resolve(dirname(path), link), hops + 1);
    return join(realPath(dirname(path), hops + 1), path.slice(dirname(path).length));
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads a regular file, at most `limitBytes`: opened without blocking (a FIFO) or following a last symlink, checked
 * with fstat on the open descriptor, and counted on the bytes read (a /proc file or a growing file says nothing true
 * in stat). Not confined to a root: the caller decides which path may be read.
 */
export function readRegularFile(path: string, limitBytes: number, shownAs = path): FileText {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return refusal(shownAs, 'no such file', true);
    if (code === 'ELOOP') return refusal(shownAs, 'a symbolic link (not followed)');
    if (code === 'ENXIO') return refusal(shownAs, 'not a regular file');
    return refusal(shownAs, `cannot be read (${code})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusal(shownAs, stats.isDirectory() ? 'a folder, not a file' : 'not a regular file');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limitBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limitBytes) return refusal(shownAs, `larger than ${sizeWords(limitBytes)}`);
    }
    return { ok: true, path: shownAs, text: Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    return refusal(shownAs, `cannot be read (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** The files beside a config at `documentPath`, confined as `confinement` says (or untrusted: none at all). */
export function filesBeside(documentPath: string, confinement: Confinement, disabled?: string): FileAccess {
  const folder = dirname(resolve(documentPath));
  const realAllowed = [confinement.root, ...confinement.allowOutside].map(realFolder);
  const root = realAllowed[0];

  /** The real path to open, or why the path is not read. */
  const place = (path: string): { real: string; shown: string } | FileRefusal => {
    const full = isAbsolute(path) ? resolve(path) : resolve(folder, path);
    if (disabled) return refusal(full, disabled);
    // The same words whether the file exists or not: a refusal must not tell what is outside.
    const real = realPath(full);
    if (SYSTEM_FOLDERS.some((f) => inside(real, f))) return refusal(full, 'a system file (/proc, /sys, /dev)');
    if (realAllowed.some((f) => inside(real, f))) return { real, shown: full };
    return refusal(full, `outside the project (${root}); ${confinement.widen}`);
  };

  return {
    folder,
    root,
    disabled,
    read(path, limitBytes = SIDE_FILE_LIMIT_BYTES): FileText {
      const placed = place(path);
      return 'real' in placed ? readRegularFile(placed.real, limitBytes, placed.shown) : placed;
    },
    find(path): FileFound {
      const placed = place(path);
      if (!('real' in placed)) return placed;
      try {
        const stats = statSync(placed.real);
        return stats.isFile() ? { ok: true, path: placed.shown } : refusal(placed.shown, 'not a regular file');
      } catch (error) {
        const code = errorCode(error);
        const missing = code === 'ENOENT' || code === 'ENOTDIR';
        return refusal(placed.shown, missing ? 'no such file' : `cannot be read (${code})`, missing);
      }
    },
  };
}

/** How activemq-lint confines a config's side files: to its project root, widened by --allow-outside. */
export function cliFiles(documentPath: string, allowOutside: string[] = []): FileAccess {
  return filesBeside(documentPath, { root: projectRoot(documentPath), allowOutside, widen: 'use --allow-outside DIR to read it' });
}

/** The CLI's root for a config: the nearest folder above it holding .git or .activemq-lint.json, else its own folder. */
export function projectRoot(documentPath: string): string {
  const folder = realFolder(dirname(resolve(documentPath)));
  for (let current = folder; ; current = dirname(current)) {
    if ([join(current, '.git'), join(current, PROJECT_CONFIG_NAME)].some(isThere)) return current;
    if (dirname(current) === current) return folder;
  }
}

function isThere(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest .activemq-lint.json in the folder or above it, the way ESLint finds its config. */
export function findProjectConfig(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const candidate = join(current, PROJECT_CONFIG_NAME);
    // Anything but a folder of that name is the project's config: a FIFO or a link is refused when read, with the reason.
    if (isThere(candidate) && !isFolder(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * Reads and parses a project config; an unreadable file is one problem of the config, not an exception. A config
 * that was found (not named on purpose) is read only if it really is the file in its folder: a symlink to another
 * place is refused, so that a cloned repository cannot have its parse errors quote another file.
 */
export function loadProjectConfig(path: string, named = false): ProjectConfig {
  const folder = dirname(resolve(path));
  const read = named
    ? readRegularFile(resolve(path), SIDE_FILE_LIMIT_BYTES, path)
    : filesBeside(path, { root: folder, allowOutside: [], widen: 'a link to another folder is not followed' }).read(path);
  if (!read.ok) return { path, settings: {}, problems: [`not read: ${read.reason}`] };
  return parseProjectConfig(read.text, path);
}

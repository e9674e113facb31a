// Reading a config for activemq-lint with bounded time and memory on any input: only a regular file (never a
// device, FIFO or socket: opened without blocking, then checked with fstat on the open file), and at most the size
// limit plus one byte, counted on the bytes actually read (a /proc file's stat says 0, a sparse file's says nothing
// about its content). Standard input is read as it comes, with the same bound.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type ConfigRead =
  | { kind: 'bytes'; bytes: Buffer; stats?: Stats }
  /** Above the limit: `size` is a regular file's size in bytes (unknown for standard input). */
  | { kind: 'too-large'; size: number | undefined }
  | { kind: 'unreadable'; reason: string };

const CHUNK = 64 * 1024;

export function readConfigFile(path: string, limit: number): ConfigRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait for one; fstat below turns it away.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'unreadable', reason: `cannot read ${path}: ${errorReason(error)}` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { kind: 'unreadable', reason: `cannot read ${path}: it is a directory (give the activemq.xml file itself)` };
    if (!stats.isFile()) return { kind: 'unreadable', reason: `cannot read ${path}: it is ${specialKind(stats)}, and only regular files are read` };
    const bytes = readBounded(fd, limit);
    if (bytes.length > limit) return { kind: 'too-large', size: Math.max(stats.size, bytes.length) };
    return { kind: 'bytes', bytes, stats };
  } catch (error) {
    return { kind: 'unreadable', reason: `cannot read ${path}: ${errorReason(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** Standard input (fd 0), whatever it is (a pipe, a file, a terminal, /dev/zero), read up to the limit. */
export function readStdin(limit: number): ConfigRead {
  try {
    const bytes = readBounded(0, limit);
    return bytes.length > limit ? { kind: 'too-large', size: undefined } : { kind: 'bytes', bytes };
  } catch (error) {
    return { kind: 'unreadable', reason: `cannot read standard input: ${errorReason(error)}` };
  }
}

/** Up to limit + 1 bytes from an open file: one byte more than allowed tells that the limit is passed. */
function readBounded(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.alloc(Math.min(CHUNK, limit + 1 - total));
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking pipe with nothing in it yet (standard input): wait for the writer, then read on.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (count === 0) break;
    chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
    total += count;
  }
  return Buffer.concat(chunks);
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const ERROR_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENXIO: 'it is a socket or a device with nothing behind it, and only regular files are read',
  ELOOP: 'too many symbolic links',
  EISDIR: 'it is a directory (give the activemq.xml file itself)',
};

export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && ERROR_REASONS[code]) ?? code ?? String(error);
}

// Where a path written in activemq.xml points on disk, resolved the way a broker started by bin/activemq does:
// ${activemq.conf} is the conf folder (this file's), ${activemq.base} / ${activemq.home} its parent (the -D options
// the script passes), a `file:` prefix is Spring's resource prefix. Pure: paths are strings, nothing is read here.
import { join } from 'node:path/posix';
import type { FileAccess } from './files';
import type { Settings } from './settings';

/**
 * What a relative path is relative to: the broker's working directory (bin/activemq runs it in activemq.base), as
 * for sslContext stores and `file:` resources, or this document, as for a Spring `<import resource="jetty.xml">`.
 */
export type RelativeTo = 'workingDirectory' | 'document';

/** The absolute path a config value names, or undefined when it cannot be known here (classpath:, unknown ${…}). */
export function resolveConfigPath(value: string, files: FileAccess, settings: Settings, relativeTo: RelativeTo): string | undefined {
  const folder = files.folder && toSlashes(files.folder);
  if (!folder) return undefined;
  const conf = settings.activemqConf ? toSlashes(settings.activemqConf) : folder;
  const base = settings.activemqBase ? toSlashes(settings.activemqBase) : parentOf(folder);
  let path = value.trim().replace(/^file:(\/\/)?/, '');
  path = path.replace(/\$\{activemq\.conf\}/g, conf).replace(/\$\{activemq\.(base|home)\}/g, base);
  if (path === '' || /\$\{/.test(path) || /^[a-z][a-z0-9+.-]+:/i.test(path)) return undefined;
  path = toSlashes(path).replace(/^\/(?=[A-Za-z]:\/)/, ''); // file:///C:/x names C:/x
  if (path.startsWith('/') || isWindowsAbsolute(path)) return path;
  return join(relativeTo === 'document' ? folder : base, path);
}

/** A `file:` URI for an absolute path (POSIX or Windows), each segment percent-encoded as VS Code expects. */
export function fileUri(path: string): string {
  const slashed = toSlashes(path);
  const encoded = slashed.split('/').map((segment, i) => (i <= 1 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
  return isWindowsAbsolute(slashed) ? `file:///${encoded}` : `file://${encoded}`;
}

/** The uri of a file named relative to the config's folder (or absolute); undefined for an unsaved config. */
export function besideUri(files: FileAccess, name: string): string | undefined {
  if (/^([A-Za-z]:)?[\\/]/.test(name)) return fileUri(name);
  return files.folder ? fileUri(`${files.folder.replace(/[\\/]+$/, '')}/${name}`) : undefined;
}

/** The folder above a folder (`/opt/activemq/conf` → `/opt/activemq`); a root stays itself. */
export function parentOf(folder: string): string {
  const cut = folder.replace(/[\\/]+$/, '').search(/[\\/][^\\/]*$/);
  if (cut === 0) return folder.slice(0, 1);
  return cut > 0 ? folder.slice(0, cut) : folder;
}

function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path);
}

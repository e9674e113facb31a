// What the service needs besides a document's text: its settings (the user's over the project's nearest
// .activemq-lint.json) and the files beside it. One object per folder, kept until settings, workspace folders, trust
// or a config file change: the service caches a document's analyses per settings and files object, so a fresh one
// per request would throw that work away.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesBeside, findProjectConfig, loadProjectConfig } from '../node/files';
import { layerSettings, NO_FILES, type FileAccess, type FileText, type Settings } from '../service/languageService';

export interface Environment {
  settings: Settings;
  files: FileAccess;
}

/** Where the editor lets side files come from: the workspace's folders, the folders the user allowed, and trust. */
export interface EditorConfinement {
  /** The workspace folders, as file-system paths. */
  folders: string[];
  /** activemqXml.files.allowOutside. */
  allowOutside: string[];
  /** False in VS Code's restricted mode: then no side file (nor .activemq-lint.json) is read at all. */
  trusted: boolean;
}

export const UNTRUSTED_REASON = 'the workspace is not trusted (restricted mode reads no file beside a config)';
const WIDEN = 'add its folder to the setting activemqXml.files.allowOutside to read it';

export class Environments {
  private readonly byFolder = new Map<string, Environment>();

  constructor(
    private readonly userSettings: () => Settings,
    private readonly confinement: () => EditorConfinement,
    private readonly log: (message: string) => void,
  ) {}

  for(uri: string): Environment {
    const path = filePath(uri);
    const folder = path === undefined ? '' : dirname(path);
    let environment = this.byFolder.get(folder);
    if (!environment) {
      environment = path === undefined ? { settings: this.userSettings(), files: NO_FILES } : this.load(path, folder);
      this.byFolder.set(folder, environment);
    }
    return environment;
  }

  /**
   * A workspace file itself (the workspace check's broker configs): read as side files are, inside its workspace
   * folder, a regular file, at most `limitBytes`; trust does not matter, the user opened the workspace to see them.
   */
  readWorkspaceFile(uri: string, limitBytes: number): FileText {
    const path = filePath(uri);
    if (path === undefined) return { ok: false, path: uri, reason: 'not a file: URI', missing: false };
    const { folders, allowOutside } = this.confinement();
    const root = workspaceFolderOf(dirname(path), folders) ?? dirname(path);
    return filesBeside(path, { root, allowOutside, widen: WIDEN }).read(path, limitBytes);
  }

  /** Settings, trust, workspace folders or a .activemq-lint.json changed: everything is read again on next use. */
  clear(): void {
    this.byFolder.clear();
  }

  private load(path: string, folder: string): Environment {
    const { folders, allowOutside, trusted } = this.confinement();
    const root = workspaceFolderOf(folder, folders) ?? folder;
    const files = filesBeside(path, { root, allowOutside, widen: WIDEN }, trusted ? undefined : UNTRUSTED_REASON);
    if (!trusted) return { settings: this.userSettings(), files };
    const configPath = findProjectConfig(folder);
    const project = configPath === undefined ? undefined : loadProjectConfig(configPath);
    for (const problem of project?.problems ?? []) this.log(`activemq-xml: ${configPath}: ${problem} (the rest of the file applies)`);
    return { settings: layerSettings(project, this.userSettings()), files };
  }
}

/** The innermost workspace folder holding `folder`; undefined for a file outside every folder. */
export function workspaceFolderOf(folder: string, folders: string[]): string | undefined {
  const holding = folders.map((f) => resolve(f)).filter((f) => folder === f || folder.startsWith(f.endsWith(sep) ? f : f + sep));
  return holding.sort((a, b) => b.length - a.length)[0];
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

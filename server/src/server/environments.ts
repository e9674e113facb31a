// What the service needs besides a document's text: its settings (the user's over the project's nearest
// .activemq-lint.json) and the files beside it. One object per folder, kept until settings or a config file
// change: the service caches a document's analyses per settings and files object, so a fresh one per request
// would throw that work away.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_FILES, type FileAccess } from '../service/files';
import { filesBeside, findProjectConfig, loadProjectConfig } from '../service/nodeFiles';
import { layerSettings } from '../service/projectConfig';
import type { Settings } from '../service/settings';

export interface Environment {
  settings: Settings;
  files: FileAccess;
}

export class Environments {
  private readonly byFolder = new Map<string, Environment>();

  constructor(
    private readonly userSettings: () => Settings,
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

  /** Settings or a .activemq-lint.json changed: everything is read again on next use. */
  clear(): void {
    this.byFolder.clear();
  }

  private load(path: string, folder: string): Environment {
    const configPath = findProjectConfig(folder);
    const project = configPath === undefined ? undefined : loadProjectConfig(configPath);
    for (const problem of project?.problems ?? []) this.log(`activemq-xml: ${configPath}: ${problem} (the rest of the file applies)`);
    return { settings: layerSettings(project, this.userSettings()), files: filesBeside(path) };
  }
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

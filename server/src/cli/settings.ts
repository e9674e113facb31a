// The settings activemq-lint lints a file with: the command line's flags over the project's .activemq-lint.json.
import { findProjectConfig, loadProjectConfig } from '../node/files';
import { layerSettings, resolveSettings, RULES, type ResolvedSettings } from '../service/languageService';
import type { CliOptions } from './args';
import type { CliResult } from './files';

/** What --print-config shows for a file: where its settings come from and every rule's severity under them. */
export function effectiveConfig(path: string, settings: ResolvedSettings): object {
  return {
    file: path,
    projectConfig: settings.projectConfig?.path ?? null,
    brokerVersion: settings.brokerVersion ?? null,
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, settings.rules[rule.id] ?? rule.defaultSeverity])),
  };
}

/**
 * The settings for a config in a folder: the command line's flags over the nearest .activemq-lint.json (or the one
 * --config names, or none with --no-config). A config file with problems ends the run with exit 2: CI must not
 * pass on settings it did not read.
 */
export type SettingsFor = (folder: string) => ResolvedSettings | CliResult;

export function projectSettings(options: CliOptions): SettingsFor {
  const commandLine = { brokerVersion: options.brokerVersion, rules: options.rules, maxFileSizeKB: options.maxFileSizeKB };
  const loaded = new Map<string, ResolvedSettings | CliResult>();
  return (folder) => {
    const path = options.noConfig ? undefined : options.config ?? findProjectConfig(folder);
    const key = path ?? '';
    let settings = loaded.get(key);
    if (!settings) {
      const project = path === undefined ? undefined : loadProjectConfig(path, options.config !== undefined);
      settings = project && project.problems.length > 0
        ? { stdout: '', stderr: project.problems.map((problem) => `activemq-lint: ${path}: ${problem}\n`).join(''), exitCode: 2 }
        : resolveSettings(layerSettings(project, commandLine));
      loaded.set(key, settings);
    }
    return settings;
  };
}

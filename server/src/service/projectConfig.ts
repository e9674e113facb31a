// The project's linter settings, `.activemq-lint.json`, shared by the CLI in CI and the editor, so that both report
// the same. The nearest one above a config applies (found by the CLI and the server; this module only reads one):
//   { "rules": { "unused-group": "off", "anonymous-access": "error" }, "brokerVersion": "5.18.3" }
// A problem in it never stops the rest from applying: the entries that can be read are kept, and each problem is
// reported with its place (the CLI exits with 2 on them, the editor logs them and shows them in the status item).
import { RULES, ruleById } from '../rules/registry';
import { nearestName } from '../text/nearest';
import { partitionPoint } from '../text/partitionPoint';
import type { SeveritySetting } from '../rules/types';
import { parseVersion } from '../model/version';
import { SEVERITY_SETTINGS, type Settings } from '../base/settings';
import { rangeIn } from '../base/textRange';

export const PROJECT_CONFIG_NAME = '.activemq-lint.json';

export interface ProjectConfig {
  /** Where it was read from, as given. */
  path: string;
  settings: Pick<Settings, 'rules' | 'brokerVersion'>;
  /** What could not be read, each a sentence that starts with the place: `rules.unused-grop: ...`. */
  problems: string[];
}

const KNOWN_KEYS = ['$schema', 'rules', 'brokerVersion'];

export function parseProjectConfig(text: string, path: string): ProjectConfig {
  const config: ProjectConfig = { path, settings: {}, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { offset, kind } = jsonSyntaxError(text, (error as Error).message);
    const { line, character } = rangeIn(text, { start: offset, end: offset }).start;
    config.problems.push(`not valid JSON at line ${line + 1}, column ${character + 1}: ${kind}`);
    return config;
  }
  if (!isObject(json)) {
    config.problems.push('must be a JSON object, e.g. { "rules": { "unused-group": "off" } }');
    return config;
  }
  for (const key of Object.keys(json)) {
    if (!KNOWN_KEYS.includes(key)) config.problems.push(`${key}: not a setting${suggestion(key, KNOWN_KEYS.slice(1))}; the settings are "rules" and "brokerVersion"`);
  }
  if (json.rules !== undefined) config.settings.rules = readRules(json.rules, config.problems);
  if (json.brokerVersion !== undefined) {
    if (typeof json.brokerVersion === 'string' && parseVersion(json.brokerVersion)) config.settings.brokerVersion = json.brokerVersion;
    else config.problems.push(`brokerVersion: ${JSON.stringify(json.brokerVersion)} is not a version like "5.18.3"`);
  }
  return config;
}

function readRules(rules: unknown, problems: string[]): Record<string, SeveritySetting> {
  const read: Record<string, SeveritySetting> = {};
  if (!isObject(rules)) {
    problems.push('rules: must be an object of rule ids and severities, e.g. { "unused-group": "off" }');
    return read;
  }
  for (const [id, severity] of Object.entries(rules)) {
    if (!ruleById(id)) {
      problems.push(`rules.${id}: no rule is called "${id}"${suggestion(id, RULES.map((r) => r.id))}; docs/rules.md lists them`);
    } else if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      problems.push(`rules.${id}: the severity must be ${SEVERITY_SETTINGS.join(', ')}, not ${JSON.stringify(severity)}`);
    } else {
      read[id] = severity as SeveritySetting;
    }
  }
  return read;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function suggestion(name: string, candidates: string[]): string {
  const nearest = nearestName(name, candidates);
  return nearest ? ` (did you mean "${nearest}"?)` : '';
}

/**
 * Where JSON.parse stopped and what kind of error it met, in words that hold nothing of the text: V8 quotes the
 * file in some messages (`Unexpected token 'x', "…" is not valid JSON`), and the file may be another one's link.
 */
function jsonSyntaxError(text: string, message: string): { offset: number; kind: string } {
  const at = / in JSON at position (\d+)/.exec(message);
  // V8's positioned messages name only JSON's grammar ("Expected property name or '}'"), never the text.
  if (at && !message.includes('"')) return { offset: Number(at[1]), kind: message.slice(0, at.index) };
  if (/end of JSON input/.test(message)) return { offset: text.length, kind: 'unexpected end of the file' };
  return { offset: firstBadCharacter(text), kind: 'unexpected character' };
}

/** The offset of the first character JSON cannot continue with: the shortest prefix that fails other than by ending early. */
function firstBadCharacter(text: string): number {
  const failsBefore = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = / at position (\d+)/.exec(message);
      return !/end of JSON input/.test(message) && !(at && Number(at[1]) >= length);
    }
  };
  return partitionPoint(text.length, (i) => !failsBefore(i + 1));
}

/**
 * Settings in layers: the project's file below, the user's or the command line's above (a rule set in both takes
 * the upper one's severity; the others keep the project's).
 */
export function layerSettings(project: ProjectConfig | undefined, upper: Settings | undefined): Settings {
  if (!project) return upper ?? {};
  return {
    ...project.settings,
    ...upper,
    rules: { ...project.settings.rules, ...upper?.rules },
    brokerVersion: upper?.brokerVersion ?? project.settings.brokerVersion,
    projectConfig: { path: project.path, problems: project.problems },
  };
}

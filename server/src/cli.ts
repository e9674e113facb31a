// activemq-lint: the command-line linter, thin glue between files, the language service and an output format.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { getLanguageService } from './service/languageService';
import { filesBeside, findProjectConfig, loadProjectConfig } from './service/nodeFiles';
import { layerSettings } from './service/projectConfig';
import { NO_FILES } from './service/files';
import { parseArgs, USAGE, UsageError, type CliOptions } from './cli/args';
import { countBySeverity, formatGithub, formatGitlab, formatJson, formatSarif, formatText, toJsonProblems, toSuppressedJsonProblems, type FileReport } from './cli/report';
import { isTooLarge, SIZE_LIMIT_CODE } from './service/validate';
import { resolveSettings, type ResolvedSettings } from './service/settings';
import { formatWhoCanText, whoCan, type WhoCanAnswer } from './cli/whoCan';
import { clientFindings } from './service/features/clientSettings';
import { clientJsonProblems } from './clients/jsonProblems';
import { RULES } from './rules/registry';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export class FileError extends Error {}

const BYTE_ORDER_MARK = '\uFEFF';

interface ConfigText {
  text: string;
  /** The file began with a byte order mark, which the text leaves out and --fix writes back. */
  bom: boolean;
}

function readConfig(path: string): ConfigText {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new FileError(`cannot read ${path}: no such file`);
  }
  if (stats.isDirectory()) throw new FileError(`cannot read ${path}: it is a directory (give the activemq.xml file itself)`);
  try {
    // Editors hide a byte order mark; dropping it keeps line 1's columns the same as theirs.
    const raw = readFileSync(path, 'utf8');
    const bom = raw.startsWith(BYTE_ORDER_MARK);
    return { text: bom ? raw.slice(1) : raw, bom };
  } catch (error) {
    throw new FileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The file's text, or the result that ends the run with exit 2 and the reason. */
function readOrReport(path: string): ConfigText | CliResult {
  try {
    return readConfig(path);
  } catch (error) {
    if (error instanceof FileError) return fileProblem(error.message);
    throw error;
  }
}

function fileProblem(message: string): CliResult {
  return { stdout: '', stderr: `activemq-lint: ${message}\n`, exitCode: 2 };
}

/** Writes a fixed config back, with its byte order mark if it had one; the result that ends the run if it fails. */
function writeOrReport(path: string, config: ConfigText): CliResult | undefined {
  try {
    writeFileSync(path, (config.bom ? BYTE_ORDER_MARK : '') + config.text, 'utf8');
    return undefined;
  } catch (error) {
    return fileProblem(`cannot write the fixes to ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs the linter; `readStdin` is injectable so tests need no pipe. */
export function runCli(argv: string[], readStdin: () => string = () => readFileSync(0, 'utf8')): CliResult {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: `activemq-lint: ${error.message}\n\n${USAGE}\n`, exitCode: 2 };
    throw error;
  }
  if (options.help) return { stdout: USAGE + '\n', stderr: '', exitCode: 0 };
  if (options.version) return { stdout: VERSION + '\n', stderr: '', exitCode: 0 };

  const service = getLanguageService();
  const settingsFor = projectSettings(options);
  const reports: FileReport[] = [];
  const answers: WhoCanAnswer[] = [];
  const printed: object[] = [];
  let stderr = '';
  for (const file of options.files) {
    // `-` is standard input (a rendered template, a config from another tool), named by --stdin-filename.
    const fromStdin = file === '-';
    const path = fromStdin ? (options.stdinFilename ?? '<stdin>') : file;
    const source = fromStdin ? { text: readStdin().replace(/^\uFEFF/, ''), bom: false } : readOrReport(file);
    if (!('text' in source)) return source;
    const beside = fromStdin && !options.stdinFilename ? NO_FILES : filesBeside(path);
    // Standard input without a name has no folder: its project settings are the working directory's.
    const settings = settingsFor(beside.folder ?? process.cwd());
    if (!('rules' in settings)) return settings;
    if (options.printConfig) {
      printed.push(effectiveConfig(path, settings));
      continue;
    }
    if (isTooLarge(source.text, settings)) {
      stderr += `activemq-lint: ${path}: not analysed (${SIZE_LIMIT_CODE}: above ${settings.maxFileSizeKB} KB)\n`;
      continue;
    }
    let fixed = 0;
    if (options.fix) {
      const result = service.fixText(source.text, path, settings, beside);
      if (result.fixed > 0) {
        const failed = writeOrReport(file, { ...source, text: result.text });
        if (failed) return failed;
        source.text = result.text;
        fixed = result.fixed;
      }
    }
    const text = source.text;
    const doc = service.parse(text, path);
    if (options.whoCan) {
      answers.push(whoCan(path, service.context(doc, settings, beside), options.whoCan));
      continue;
    }
    const result = service.lint(doc, settings, beside);
    for (const failure of result.failures) {
      stderr += `activemq-lint: internal error in rule ${failure.ruleId} on ${path}: ${String((failure.error as Error)?.stack ?? failure.error)}\n`;
    }
    if (!doc.isBrokerConfig) stderr += `activemq-lint: ${path}: no ActiveMQ broker found (namespace http://activemq.apache.org/schema/core), nothing to check\n`;
    reports.push({ path, doc, files: beside, settings, problems: result.problems, suppressed: result.suppressed, fixed });
  }
  if (options.printConfig) return { stdout: JSON.stringify(printed, null, 2) + '\n', stderr, exitCode: 0 };
  if (options.whoCan) {
    if (options.format !== 'text' && options.format !== 'json') return { stdout: '', stderr: `activemq-lint: --who-can prints text or json, not ${options.format}\n`, exitCode: 2 };
    const stdout = options.format === 'json' ? JSON.stringify(answers, null, 2) + '\n' : formatWhoCanText(answers);
    return { stdout, stderr, exitCode: 0 };
  }
  const problems = toJsonProblems(reports);
  // --client: each client's settings checked against the first broker config given.
  const broker = reports.find((r) => r.doc.isBrokerConfig);
  const brokerContext = broker && service.context(broker.doc, broker.settings, broker.files);
  for (const clientPath of options.clientFiles) {
    const client = readOrReport(clientPath);
    if (!('text' in client)) return client;
    problems.push(...clientJsonProblems(clientPath, client.text, clientFindings(client.text, clientPath, brokerContext)));
  }
  const suppressed = toSuppressedJsonProblems(reports);
  const stdout =
    options.format === 'json' ? formatJson(problems)
    : options.format === 'sarif' ? formatSarif(problems, VERSION, suppressed)
    : options.format === 'github' ? formatGithub(problems)
    : options.format === 'gitlab' ? formatGitlab(problems)
    : formatText(problems, options.files.length + options.clientFiles.length, suppressed.length, reports.reduce((n, r) => n + r.fixed, 0));
  const counts = countBySeverity(problems);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) stderr += `activemq-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`;
  return { stdout, stderr, exitCode: counts.error > 0 || tooManyWarnings ? 1 : 0 };
}

/** What --print-config shows for a file: where its settings come from and every rule's severity under them. */
function effectiveConfig(path: string, settings: ResolvedSettings): object {
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
function projectSettings(options: CliOptions): (folder: string) => ResolvedSettings | CliResult {
  const commandLine = { brokerVersion: options.brokerVersion, rules: options.rules };
  const loaded = new Map<string, ResolvedSettings | CliResult>();
  return (folder) => {
    const path = options.noConfig ? undefined : options.config ?? findProjectConfig(folder);
    const key = path ?? '';
    let settings = loaded.get(key);
    if (!settings) {
      const project = path === undefined ? undefined : loadProjectConfig(path);
      settings = project && project.problems.length > 0
        ? { stdout: '', stderr: project.problems.map((problem) => `activemq-lint: ${path}: ${problem}\n`).join(''), exitCode: 2 }
        : resolveSettings(layerSettings(project, commandLine));
      loaded.set(key, settings);
    }
    return settings;
  };
}

export function main(): void {
  let result: CliResult;
  try {
    result = runCli(process.argv.slice(2));
  } catch (error) {
    result = { stdout: '', stderr: `activemq-lint: internal error: ${String((error as Error)?.stack ?? error)}\n`, exitCode: 2 };
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

if (require.main === module) main();

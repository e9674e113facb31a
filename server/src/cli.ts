// activemq-lint: the command-line linter, thin glue between files, the language service and an output format.
import { readFileSync } from 'node:fs';
import { getLanguageService, type LanguageService } from './service/languageService';
import { cliFiles, readRegularFile } from './service/nodeFiles';
import { NO_FILES, SIDE_FILE_LIMIT_BYTES } from './service/files';
import { parseArgs, USAGE, UsageError, type CliOptions } from './cli/args';
import { countBySeverity, formatGithub, formatGitlab, formatJson, formatSarif, formatText, toJsonProblems, toSuppressedJsonProblems, type FileReport } from './cli/report';
import { isTooLarge, SIZE_LIMIT_CODE } from './service/validate';
import { formatWhoCanText, whoCan, type WhoCanAnswer } from './cli/whoCan';
import { clientFindings } from './service/features/clientSettings';
import { clientJsonProblems } from './clients/jsonProblems';
import { readOrReport, writeOrReport, type CliResult } from './cli/files';
import { unifiedDiff } from './cli/diff';
import { effectiveConfig, projectSettings, type SettingsFor } from './cli/settings';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export type { CliResult } from './cli/files';

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
  let diffs = '';
  let stderr = '';
  for (const file of options.files) {
    const outcome = lintFile(file, options, service, settingsFor, readStdin);
    if ('exitCode' in outcome) return outcome;
    stderr += outcome.stderr;
    if (outcome.report) reports.push(outcome.report);
    if (outcome.answer) answers.push(outcome.answer);
    if (outcome.printed) printed.push(outcome.printed);
    if (outcome.diff) diffs += outcome.diff;
  }
  if (options.fixDryRun) return { stdout: diffs, stderr, exitCode: 0 };
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
    // Read as a side file is: a regular file of at most 1 MB (a FIFO or /dev/zero ends the run, never hangs it).
    const client = readRegularFile(clientPath, SIDE_FILE_LIMIT_BYTES);
    if (!client.ok) return { stdout: '', stderr: `activemq-lint: cannot read ${clientPath}: ${client.reason}\n`, exitCode: 2 };
    problems.push(...clientJsonProblems(clientPath, client.text, clientFindings(client.text, clientPath, brokerContext)));
  }
  const suppressed = toSuppressedJsonProblems(reports);
  const shown = options.quiet ? problems.filter((p) => p.severity === 'error') : problems;
  const stdout =
    options.format === 'json' ? formatJson(shown)
    : options.format === 'sarif' ? formatSarif(shown, VERSION, suppressed)
    : options.format === 'github' ? formatGithub(shown)
    : options.format === 'gitlab' ? formatGitlab(shown)
    : formatText(shown, {
      files: options.files.length + options.clientFiles.length,
      suppressed: suppressed.length,
      fixed: reports.reduce((n, r) => n + r.fixed, 0),
      hidden: problems.length - shown.length,
    });
  const counts = countBySeverity(problems);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) stderr += `activemq-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`;
  return { stdout, stderr, exitCode: counts.error > 0 || tooManyWarnings ? 1 : 0 };
}

/** What one file gave: its report, its --who-can answer or its --print-config settings, and notes for stderr. */
interface FileOutcome {
  report?: FileReport;
  /** --fix-dry-run: the unified diff of what --fix would change. */
  diff?: string;
  answer?: WhoCanAnswer;
  printed?: object;
  stderr: string;
}

/** Reads, fixes (--fix) and lints one file (`-` is standard input); a CliResult ends the run. */
function lintFile(file: string, options: CliOptions, service: LanguageService, settingsFor: SettingsFor, readStdin: () => string): FileOutcome | CliResult {
  // `-` is standard input (a rendered template, a config from another tool), named by --stdin-filename.
  const fromStdin = file === '-';
  const path = fromStdin ? (options.stdinFilename ?? '<stdin>') : file;
  const source = fromStdin ? { text: readStdin().replace(/^\uFEFF/, ''), bom: false } : readOrReport(file);
  if (!('text' in source)) return source;
  const beside = fromStdin && !options.stdinFilename ? NO_FILES : cliFiles(path, options.allowOutside);
  // Standard input without a name has no folder: its project settings are the working directory's.
  const settings = settingsFor(beside.folder ?? process.cwd());
  if (!('rules' in settings)) return settings;
  if (options.printConfig) return { printed: effectiveConfig(path, settings), stderr: '' };
  if (isTooLarge(source.text, settings)) return { stderr: `activemq-lint: ${path}: not analysed (${SIZE_LIMIT_CODE}: above ${settings.maxFileSizeKB} KB)\n` };
  if (options.fixDryRun) return { diff: unifiedDiff(path, source.text, service.fixText(source.text, path, settings, beside).text), stderr: '' };
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
  const doc = service.parse(source.text, path);
  if (options.whoCan) return { answer: whoCan(path, service.context(doc, settings, beside), options.whoCan), stderr: '' };
  const result = service.lint(doc, settings, beside);
  let stderr = '';
  for (const failure of result.failures) {
    stderr += `activemq-lint: internal error in rule ${failure.ruleId} on ${path}: ${String((failure.error as Error)?.stack ?? failure.error)}\n`;
  }
  if (!doc.isBrokerConfig) stderr += `activemq-lint: ${path}: no ActiveMQ broker found (namespace http://activemq.apache.org/schema/core), nothing to check\n`;
  return { report: { path, doc, files: beside, settings, problems: result.problems, suppressed: result.suppressed, fixed }, stderr };
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

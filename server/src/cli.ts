// activemq-lint: the command-line linter, thin glue between files, the language service and an output format.
import {
  FILE_TOO_LARGE,
  fileTooLarge,
  fileTooLargeFinding,
  formatWhoCanText,
  getLanguageService,
  NO_FILES,
  SIDE_FILE_LIMIT_BYTES,
  type LanguageService,
  type ResolvedSettings,
  type WhoCanAnswer,
} from './service/languageService';
import { cliFiles, readRegularFile } from './node/files';
import { parseArgs, USAGE, UsageError, type CliOptions } from './cli/args';
import { countBySeverity, formatGithub, formatGitlab, formatJson, formatSarif, formatText, toJsonProblems, toSuppressedJsonProblems, type FileNote, type FileReport, type JsonProblem } from './cli/report';
import { formatMatrix, matrixOf, type MatrixAnswer, type MatrixFormat } from './cli/matrix';
import { clientJsonProblems } from './cli/clientProblems';
import { fileProblem, type CliResult } from './cli/files';
import { decodeProblems, encodeFixed, readSource, readStdinBounded, writeFixed, type StdinReader } from './cli/source';
import type { WriteHooks } from './cli/write';
import { unifiedDiff } from './cli/diff';
import { effectiveConfig, projectSettings, type SettingsFor } from './cli/settings';
import { tuneCompilerForOneRun } from './cli/compiler';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export type { CliResult } from './cli/files';

/** Runs the linter; `readStdin` and the write hooks are injectable so tests need no pipe and no race. */
export function runCli(argv: string[], readStdin: StdinReader = readStdinBounded, hooks: WriteHooks = {}): CliResult {
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
  const matrices: MatrixAnswer[] = [];
  const printed: object[] = [];
  const notes: FileNote[] = [];
  const unanalysed: JsonProblem[] = [];
  let diffs = '';
  let stderr = '';
  for (const file of options.files) {
    const outcome = lintFile(file, options, service, settingsFor, readStdin, hooks);
    if ('exitCode' in outcome) return outcome;
    stderr += outcome.stderr;
    for (const note of outcome.notes ?? []) {
      notes.push(note);
      stderr += `activemq-lint: ${note.reason}\n`;
    }
    if (outcome.tooLarge) unanalysed.push(outcome.tooLarge);
    if (outcome.report) reports.push(outcome.report);
    if (outcome.answer) answers.push(outcome.answer);
    if (outcome.matrix) matrices.push(outcome.matrix);
    if (outcome.printed) printed.push(outcome.printed);
    if (outcome.diff) diffs += outcome.diff;
  }
  if (options.fixDryRun) return { stdout: diffs, stderr, exitCode: 0 };
  if (options.printConfig) return { stdout: JSON.stringify(printed, null, 2) + '\n', stderr, exitCode: 0 };
  if (options.matrix) {
    // csv has no place for a sentence: why a file has no matrix goes to stderr.
    if (options.format === 'csv') for (const m of matrices) if (m.unavailable) stderr += `activemq-lint: ${m.file}: no access matrix: ${m.unavailable}\n`;
    return { stdout: formatMatrix(matrices, options.format as MatrixFormat), stderr, exitCode: 0 };
  }
  if (options.whoCan) {
    if (options.format !== 'text' && options.format !== 'json') return { stdout: '', stderr: `activemq-lint: --who-can prints text or json, not ${options.format}\n`, exitCode: 2 };
    const stdout = options.format === 'json' ? JSON.stringify(answers, null, 2) + '\n' : formatWhoCanText(answers);
    return { stdout, stderr, exitCode: 0 };
  }
  const problems = [...unanalysed, ...toJsonProblems(reports)];
  // --client: each client's settings checked against the first broker config given.
  const broker = reports.find((r) => r.doc.isBrokerConfig);
  const brokerContext = broker && service.context(broker.doc, broker.settings, broker.files);
  for (const clientPath of options.clientFiles) {
    // Read as a side file is: a regular file of at most 1 MB (a FIFO or /dev/zero ends the run, never hangs it).
    const client = readRegularFile(clientPath, SIDE_FILE_LIMIT_BYTES);
    if (!client.ok) return { stdout: '', stderr: `activemq-lint: cannot read ${clientPath}: ${client.reason}\n`, exitCode: 2 };
    problems.push(...clientJsonProblems(clientPath, client.text, service.clientSettingsProblems(client.text, clientPath, brokerContext)));
  }
  const suppressed = toSuppressedJsonProblems(reports);
  const shown = options.quiet ? problems.filter((p) => p.severity === 'error') : problems;
  const stdout =
    options.format === 'json' ? formatJson(shown, notes)
    : options.format === 'sarif' ? formatSarif(shown, VERSION, suppressed, notes)
    : options.format === 'github' ? formatGithub(shown, notes)
    : options.format === 'gitlab' ? formatGitlab(shown, notes)
    : formatText(shown, {
      files: options.files.length + options.clientFiles.length,
      suppressed: suppressed.length,
      fixed: reports.reduce((n, r) => n + r.fixed, 0),
      hidden: problems.length - shown.length,
      notes,
    });
  const counts = countBySeverity(problems);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) stderr += `activemq-lint: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}\n`;
  const exitCode = notes.some((n) => n.level === 'error') ? 2 : counts.error > 0 || tooManyWarnings ? 1 : 0;
  return { stdout, stderr, exitCode };
}

/** What one file gave: its report, its --who-can answer or its --print-config settings, and notes for stderr. */
interface FileOutcome {
  report?: FileReport;
  /** --fix-dry-run: the unified diff of what --fix would change. */
  diff?: string;
  answer?: WhoCanAnswer;
  matrix?: MatrixAnswer;
  printed?: object;
  /** Why the file was not analysed or not fixed (also in the machine-readable outputs). */
  notes?: FileNote[];
  /** The file-too-large finding of a file above the size limit. */
  tooLarge?: JsonProblem;
  stderr: string;
}

/** Reads, fixes (--fix) and lints one file (`-` is standard input); a CliResult ends the run. */
function lintFile(file: string, options: CliOptions, service: LanguageService, settingsFor: SettingsFor, readStdin: StdinReader, hooks: WriteHooks): FileOutcome | CliResult {
  // `-` is standard input (a rendered template, a config from another tool), named by --stdin-filename.
  const fromStdin = file === '-';
  const path = fromStdin ? (options.stdinFilename ?? '<stdin>') : file;
  const beside = fromStdin && !options.stdinFilename ? NO_FILES : cliFiles(path, options.allowOutside);
  // Standard input without a name has no folder: its project settings are the working directory's.
  const settings = settingsFor(beside.folder ?? process.cwd());
  if (!('rules' in settings)) return settings;
  const source = readSource(file, settings.maxFileSizeKB, readStdin);
  // Only linting lists the files it could not analyse and goes on; the other modes have nothing to say of them.
  const linting = !options.printConfig && !options.fixDryRun && !options.whoCan && !options.matrix;
  if ('kind' in source && source.kind === 'unreadable') {
    return linting ? { notes: [{ file: path, code: 'not-analysed', level: 'error', reason: source.reason }], stderr: '' } : fileProblem(source.reason);
  }
  if (options.printConfig) return { printed: effectiveConfig(path, settings), stderr: '' };
  if ('kind' in source) return tooLargeOutcome(path, source.size, settings, linting);
  let text = source.decoded.text;
  if (options.fixDryRun) {
    const fixedText = service.fixText(text, path, settings, beside).text;
    const encoded = fixedText !== text && !fromStdin ? encodeFixed(file, source, fixedText) : undefined;
    const refusal = encoded && 'refused' in encoded ? `activemq-lint: --fix would refuse: ${encoded.refused}\n` : '';
    return { diff: unifiedDiff(path, text, fixedText), stderr: refusal };
  }
  let fixed = 0;
  const notes: FileNote[] = [];
  if (options.fix) {
    const result = service.fixText(text, path, settings, beside);
    if (result.fixed > 0) {
      const refused = writeFixed(file, source, result.text, hooks);
      if (refused) notes.push({ file: path, code: 'not-fixed', level: 'error', reason: refused });
      else {
        text = result.text;
        fixed = result.fixed;
      }
    }
  }
  const doc = service.parse(text, path);
  if (options.matrix) return { matrix: matrixOf(service, path, service.context(doc, settings, beside), options.who), stderr: '' };
  if (options.whoCan) return { answer: service.whoCan(service.context(doc, settings, beside), options.whoCan, path).answer, stderr: '' };
  const result = service.lint(doc, settings, beside);
  // The report holds the parse from here on; the service need not keep it (or its analyses) for a next version.
  service.forget(path);
  let stderr = '';
  for (const failure of result.failures) {
    stderr += `activemq-lint: internal error in rule ${failure.ruleId} on ${path}: ${String((failure.error as Error)?.stack ?? failure.error)}\n`;
  }
  const status = service.whetherAnalysed(text, settings, doc);
  if (!status.analysed && status.reason === 'notBroker') notes.push({ file: path, code: 'not-analysed', level: 'note', reason: `${path}: no ActiveMQ broker found (namespace http://activemq.apache.org/schema/core), nothing to check` });
  const problems = [...decodeProblems(source, doc, settings), ...result.problems].sort((a, b) => a.finding.span.start - b.finding.span.start);
  return { report: { path, doc, files: beside, settings, problems, suppressed: result.suppressed, fixed }, notes, stderr };
}

/** A file above the size limit: a file-too-large finding (a note when the rule is off); other modes stop with exit 2. */
function tooLargeOutcome(path: string, size: number | undefined, settings: ResolvedSettings, linting: boolean): FileOutcome | CliResult {
  const finding = fileTooLargeFinding(settings.maxFileSizeKB, size);
  if (!linting) return fileProblem(`${path}: ${finding.message}`);
  const severity = settings.rules[FILE_TOO_LARGE] ?? fileTooLarge.defaultSeverity;
  if (severity === 'off') return { notes: [{ file: path, code: 'not-analysed', level: 'note', reason: `${path}: ${finding.message}` }], stderr: '' };
  return { tooLarge: { file: path, line: 1, column: 1, endLine: 1, endColumn: 1, severity, code: FILE_TOO_LARGE, message: finding.message }, stderr: '' };
}

export function main(): void {
  tuneCompilerForOneRun();
  let result: CliResult;
  try {
    result = runCli(process.argv.slice(2));
  } catch (error) {
    result = { stdout: '', stderr: `activemq-lint: internal error: ${String((error as Error)?.stack ?? error)}\n`, exitCode: 2 };
  }
  process.exitCode = result.exitCode;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => endOnWriteError(error, result.exitCode));
  // Ends once both are written: left to end by itself, the process first runs the collector's pending work (a full
  // collection of a large config's heap, 50-120 ms, for nothing). A failed write is endOnWriteError's to end.
  let unwritten = 2;
  const written = (error?: Error | null) => {
    if (!error && --unwritten === 0) process.exit(result.exitCode);
  };
  process.stdout.write(result.stdout, written);
  process.stderr.write(result.stderr, written);
}

/**
 * A reader that stops early (`activemq-lint … | head`) closes the pipe: the report is cut short, and the command ends
 * quietly with the status of what it found, as other command-line tools do. Any other failure to write is said.
 */
function endOnWriteError(error: NodeJS.ErrnoException, exitCode: number): never {
  if (error.code !== 'EPIPE') {
    try {
      process.stderr.write(`activemq-lint: cannot write the report: ${error.message}\n`);
    } catch {
      // stderr is gone too: the exit status is all that is left.
    }
    process.exit(2);
  }
  process.exit(exitCode);
}

if (require.main === module) main();

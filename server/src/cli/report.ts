// Output formats of activemq-lint: ESLint-like text, a JSON array, SARIF 2.1.0 for code-scanning tools, GitHub
// Actions workflow commands (annotations on the pull request) and GitLab's Code Quality report.
import { createHash } from 'node:crypto';
import { RULES, RULES_DOC_URL, type FileAccess, type ParsedDocument, type Problem, type ResolvedSettings, type Severity, type SuppressedProblem } from '../service/languageService';

export interface FileReport {
  path: string;
  doc: ParsedDocument;
  /** The files beside it (credentials.properties, login.config), as the rules read them. */
  files: FileAccess;
  /** The settings it was linted with (the project's file under the command line's flags). */
  settings: ResolvedSettings;
  problems: Problem[];
  /** Silenced by `<!-- activemq-lint-... -->` comments: counted in text, kept as suppressed results in SARIF. */
  suppressed: SuppressedProblem[];
  /** Problems --fix fixed in the file before these were found. */
  fixed: number;
}

export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

/** A problem a comment silenced, with the reason the comment gives. */
export interface SuppressedJsonProblem extends JsonProblem {
  justification: string | undefined;
}

function toJsonProblem(report: FileReport, p: Problem): JsonProblem {
  const range = report.doc.range(p.finding.span);
  return {
    file: report.path,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    severity: p.severity,
    code: p.rule.id,
    message: p.finding.message,
  };
}

/**
 * A file named on the command line that was not analysed (not an ActiveMQ config, unreadable, a special file) or
 * whose fixes were not written: listed in every output with the reason, never only on stderr. An `error` note
 * makes the run exit with 2.
 */
export interface FileNote {
  file: string;
  code: 'not-analysed' | 'not-fixed';
  level: 'error' | 'note';
  reason: string;
}

/** A note as a JSON entry: placed at the file's start, its code saying it is no rule's finding. */
function noteAsProblem(note: FileNote): JsonProblem {
  return { file: note.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: note.level === 'error' ? 'error' : 'info', code: note.code, message: note.reason };
}

export function toJsonProblems(reports: FileReport[]): JsonProblem[] {
  return reports.flatMap((report) => report.problems.map((p) => toJsonProblem(report, p)));
}

export function toSuppressedJsonProblems(reports: FileReport[]): SuppressedJsonProblem[] {
  return reports.flatMap((report) => report.suppressed.map((p) => ({ ...toJsonProblem(report, p), justification: p.reason })));
}

export function countBySeverity(problems: JsonProblem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

/** What the text summary counts besides the problems shown. */
export interface TextSummary {
  files: number;
  /** Silenced by activemq-lint comments. */
  suppressed?: number;
  /** Fixed by --fix before the problems were found. */
  fixed?: number;
  /** Found but not shown (--quiet leaves out all but errors). */
  hidden?: number;
  /** Files not analysed or not fixed (their reasons are on stderr). */
  notes?: FileNote[];
}

export function formatText(problems: JsonProblem[], summary: TextSummary): string {
  const { files: fileCount, suppressed: suppressedCount = 0, fixed: fixedCount = 0, hidden = 0, notes: fileNotes = [] } = summary;
  const notAnalysed = fileNotes.filter((n) => n.code === 'not-analysed').length;
  const notFixed = fileNotes.filter((n) => n.code === 'not-fixed').length;
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.severity.padEnd(7)}  ${p.message}  ${p.code}`);
  const c = countBySeverity(problems);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = plural(fileCount, 'file');
  const notes = [
    ...(fixedCount > 0 ? [`${fixedCount} fixed by --fix`] : []),
    ...(suppressedCount > 0 ? [`${suppressedCount} silenced by activemq-lint comments`] : []),
    ...(hidden > 0 ? [`${hidden} warnings and lesser findings hidden by --quiet`] : []),
    ...(notAnalysed > 0 ? [`${notAnalysed} not analysed, the reasons on stderr`] : []),
    ...(notFixed > 0 ? [`${notFixed} not fixed, the reasons on stderr`] : []),
  ];
  const silenced = notes.map((n) => `; ${n}`).join('');
  if (problems.length === 0) lines.push(`No ${hidden > 0 ? 'errors' : 'problems'} in ${files}${notes.length ? ` (${notes.join('; ')})` : ''}.`);
  else {
    lines.push('');
    lines.push(`${plural(problems.length, 'problem')} in ${files} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${plural(c.hint, 'hint')}${silenced})`);
  }
  return lines.join('\n') + '\n';
}

export function formatJson(problems: JsonProblem[], notes: FileNote[] = []): string {
  return JSON.stringify([...problems, ...notes.map(noteAsProblem)], null, 2) + '\n';
}

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub's escaping for workflow commands: data escapes %, CR and LF; property values also `:` and `,`. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=...,line=...::message` line per problem: GitHub Actions shows them as annotations. */
export function formatGithub(problems: JsonProblem[], notes: FileNote[] = []): string {
  return [...problems, ...notes.map(noteAsProblem)].map((p) => {
    const properties = [
      `file=${githubProperty(p.file)}`, `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`,
      `title=${githubProperty(`activemq-lint ${p.code}`)}`,
    ];
    return `::${GITHUB_COMMAND[p.severity]} ${properties.join(',')}::${githubData(p.message)}\n`;
  }).join('');
}

const GITLAB_SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/** GitLab's Code Quality report (a CodeClimate subset): shown in merge requests when saved as a codequality artifact. */
export function formatGitlab(problems: JsonProblem[], notes: FileNote[] = []): string {
  const seen = new Map<string, number>();
  const issues = [...problems, ...notes.map(noteAsProblem)].map((p) => {
    // The fingerprint must be unique and stable across runs: the same finding twice gets a counter.
    const identity = `${p.file}\0${p.code}\0${p.line}\0${p.column}\0${p.message}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      description: p.message,
      check_name: p.code,
      fingerprint: createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex'),
      severity: GITLAB_SEVERITY[p.severity],
      location: { path: p.file.split('\\').join('/'), lines: { begin: p.line, end: p.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(problems: JsonProblem[], version: string, suppressed: SuppressedJsonProblem[] = [], notes: FileNote[] = []): string {
  const result = (p: JsonProblem) => ({
    ruleId: p.code,
    level: SARIF_LEVEL[p.severity],
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: p.file.split('\\').join('/') },
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
      },
    ],
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'activemq-lint',
            version,
            informationUri: RULES_DOC_URL,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              helpUri: `${RULES_DOC_URL}#${r.id}`,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        // Files not analysed or not fixed are the tool's notifications, not results: no rule found them.
        invocations: [{
          executionSuccessful: notes.every((n) => n.level !== 'error'),
          toolExecutionNotifications: notes.map((n) => ({
            level: n.level,
            descriptor: { id: n.code },
            message: { text: n.reason },
            locations: [{ physicalLocation: { artifactLocation: { uri: n.file.split('\\').join('/') } } }],
          })),
        }],
        columnKind: 'utf16CodeUnits',
        // Code-scanning tools show suppressed results as dismissed, with the comment's reason.
        results: [
          ...problems.map(result),
          ...suppressed.map((p) => ({ ...result(p), suppressions: [{ kind: 'inSource', ...(p.justification ? { justification: p.justification } : {}) }] })),
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

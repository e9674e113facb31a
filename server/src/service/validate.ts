// Runs the rules over one parsed document and turns their findings into LSP diagnostics.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import { rangeIn } from '../base/textRange';
import type { Span } from '../text/span';
import type { ParsedDocument } from '../model/parsedDocument';
import { internalError, internalErrorFinding } from '../rules/internal-error';
import { RULES } from '../rules/registry';
import { FILE_TOO_LARGE, fileTooLarge, fileTooLargeFinding } from '../rules/file-too-large';
import { LINT_COMMENT_RULE_ID } from '../rules/lint-comment';
import type { Finding, Problem, RelatedPlace, RuleContext, Severity, SuppressedProblem } from '../rules/types';

export type { Problem, SuppressedProblem } from '../rules/types';
import { createAnalysis, type DocumentMemory } from './analysis';
import { noteReader, recordingRefusals } from '../rules/support/unreadFiles';
import { capRelated } from '../rules/support/related';
import { applyLintComments } from './suppress';
import type { FileAccess } from '../base/files';
import { stopIfCancelled, type Cancellation } from '../base/cancellation';
import type { ResolvedSettings } from '../base/settings';

const RULE_IDS = RULES.map((rule) => rule.id);

export const DIAGNOSTIC_SOURCE = 'activemq-xml';
export const RULES_DOC_URL = 'https://github.com/activemq-xml/activemq-xml/blob/main/docs/rules.md';

export interface ValidationResult {
  problems: Problem[];
  /** Problems that `<!-- activemq-lint-... -->` comments silence: not shown, counted (and kept in SARIF as suppressed). */
  suppressed: SuppressedProblem[];
  /** Rules that threw: each is also an `internal-error` finding (unless that rule is off), and goes to the log. */
  failures: { ruleId: string; error: unknown }[];
  /** Set when the document was not analysed because of its size. */
  skippedForSize: boolean;
}

/** `memory`: what the analyses of the document's previous version left (service/analysis.ts). */
export function createRuleContext(doc: ParsedDocument, settings: ResolvedSettings, files: FileAccess, memory?: DocumentMemory): RuleContext {
  const recorded = recordingRefusals(files);
  return { doc, settings, files: recorded, analysis: createAnalysis(doc, settings, recorded, memory), ruleIds: RULE_IDS };
}

const validations = new WeakMap<RuleContext, ValidationResult>();

/**
 * The rules' findings for a context, computed once: code actions and diagnostics share them. `cancellation` is
 * asked before each rule; a stopped run throws Cancelled and leaves nothing cached.
 */
export function runRules(context: RuleContext, cancellation?: Cancellation): ValidationResult {
  const cached = validations.get(context);
  if (cached) return cached;
  const result = computeRules(context, undefined, cancellation);
  validations.set(context, result);
  return result;
}

/** Per context, the problems of the rules asked for one by one (problemsOf). */
const ruleProblems = new WeakMap<RuleContext, Map<string, Problem[]>>();

/**
 * The problems of some rules only, each rule run at most once per context: what a quick fix for their diagnostics
 * needs (the editor asks for code actions wherever the cursor rests on a finding; one rule's run is a fraction of
 * all of them). In document order within each rule.
 */
export function problemsOf(context: RuleContext, ruleIds: Iterable<string>): Problem[] {
  const wanted = new Set(ruleIds);
  // Whether a lint comment is used depends on every rule's findings.
  const all = wanted.has(LINT_COMMENT_RULE_ID) ? runRules(context) : validations.get(context);
  if (all) return all.problems.filter((p) => wanted.has(p.rule.id));
  let known = ruleProblems.get(context);
  if (!known) ruleProblems.set(context, (known = new Map()));
  const missing = new Set([...wanted].filter((id) => !known.has(id)));
  if (missing.size > 0) {
    const { problems } = computeRules(context, missing);
    for (const id of missing) known.set(id, problems.filter((p) => p.rule.id === id));
  }
  return [...wanted].flatMap((id) => known.get(id) ?? []);
}

function computeRules(context: RuleContext, only?: ReadonlySet<string>, cancellation?: Cancellation): ValidationResult {
  const { doc, settings } = context;
  const result: ValidationResult = { problems: [], suppressed: [], failures: [], skippedForSize: false };
  if (!doc.isBrokerConfig) return result;
  // A template that cannot be read as XML is checked once rendered, so only the syntax rule speaks about it.
  const rules = (doc.template?.unreadable ? RULES.filter((r) => r.id === 'xml-syntax') : RULES).filter((r) => !only || only.has(r.id));
  for (const rule of rules) {
    stopIfCancelled(cancellation);
    const configured = settings.rules[rule.id];
    if (configured === 'off' || !rule.check) continue;
    noteReader(context.files, rule.id);
    try {
      for (const finding of rule.check(context)) {
        result.problems.push({ rule, finding, severity: configured ?? finding.severity ?? rule.defaultSeverity });
      }
    } catch (error) {
      result.failures.push({ ruleId: rule.id, error });
      const severity = settings.rules[internalError.id];
      if (severity !== 'off') result.problems.push({ rule: internalError, finding: internalErrorFinding(doc, rule.id, error), severity: severity ?? internalError.defaultSeverity });
    }
    // Other work may read files after this rule: its reads are not this rule's.
    noteReader(context.files, undefined);
  }
  result.problems = inDocumentOrder(result.problems);
  const { kept, suppressed } = applyLintComments(doc, settings, result.problems);
  result.problems = kept;
  result.suppressed = suppressed;
  return result;
}

/** Problems by where their span starts, then ends: each span read once (a finding may make it when read). */
function inDocumentOrder(problems: Problem[]): Problem[] {
  const starts = new Float64Array(problems.length);
  const ends = new Float64Array(problems.length);
  problems.forEach((p, i) => {
    const { start, end } = p.finding.span;
    starts[i] = start;
    ends[i] = end;
  });
  const order = problems.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || a - b);
  return order.map((i) => problems[i]);
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One link per rule, shared by its diagnostics: a large config has thousands of them, all serialised alike. */
const ruleLinks = new Map<string, { href: string }>();

function ruleLink(ruleId: string): { href: string } {
  let link = ruleLinks.get(ruleId);
  if (!link) ruleLinks.set(ruleId, (link = { href: `${RULES_DOC_URL}#${ruleId}` }));
  return link;
}

/**
 * Each related place's information, made once per place: a rule may name one place in thousands of findings
 * (pattern-overlap's broad entries), and one object (its strings flat once) serves them all.
 */
const relatedInformation = new WeakMap<RelatedPlace, { doc: ParsedDocument; info: DiagnosticRelatedInformation }>();

function relatedInformationOf(place: RelatedPlace, doc: ParsedDocument): DiagnosticRelatedInformation {
  const known = relatedInformation.get(place);
  if (known?.doc === doc) return known.info;
  const location = { uri: place.in ? place.in.uri : doc.uri, range: placeRange(place, doc) };
  const info = { location, message: place.message };
  relatedInformation.set(place, { doc, info });
  return info;
}

/**
 * The last diagnostic made of each finding, and the parse it is right for. A finding that a rule keeps for the next
 * version (pattern-overlap's) gets the same diagnostic object back while nothing in it moved: at 10,000 entries a
 * keystroke then makes a handful of diagnostics instead of ten thousand (and the server reuses the JSON of the others).
 */
const lastDiagnostics = new WeakMap<Finding, { diagnostic: Diagnostic; parse: number }>();

export function toDiagnostic(problem: Problem, doc: ParsedDocument): Diagnostic {
  const { finding } = problem;
  const last = lastDiagnostics.get(finding);
  if (last && last.diagnostic.severity === LSP_SEVERITY[problem.severity]) {
    if (last.parse === doc.serial) return last.diagnostic;
    // Right for the parse this one was made from, and nothing of it on the edited line: still right. Else compared.
    const unmoved = doc.sameLinesSince?.after === last.parse && outsideEditedLine(finding, doc.sameLinesSince);
    if (unmoved || (sameRange(last.diagnostic.range, doc.range(finding.span)) && sameRelated(last.diagnostic.relatedInformation, finding.related, doc))) {
      last.parse = doc.serial;
      return last.diagnostic;
    }
  }
  const diagnostic = newDiagnostic(problem, doc.range(finding.span), doc);
  lastDiagnostics.set(finding, { diagnostic, parse: doc.serial });
  return diagnostic;
}

/** Whether every offset a finding's diagnostic shows lies before an edit or after the line it edited. */
function outsideEditedLine(finding: Finding, { start, nextLineStart }: { start: number; nextLineStart: number }): boolean {
  const outside = (span: Span) => (span.end < start || span.start >= nextLineStart) && (span.start < start || span.start >= nextLineStart);
  if (!outside(finding.span)) return false;
  const places = finding.related;
  return !places || places.every((place) => place.in !== undefined || outside(place.span));
}

function newDiagnostic(problem: Problem, range: Range, doc: ParsedDocument): Diagnostic {
  const { rule, finding } = problem;
  const diagnostic: Diagnostic = {
    range,
    severity: LSP_SEVERITY[problem.severity],
    source: DIAGNOSTIC_SOURCE,
    code: rule.id,
    codeDescription: ruleLink(rule.id),
    message: finding.message,
  };
  const places = finding.related;
  if (places?.length) {
    // Every rule's related places are capped here too (pattern-overlap caps its own and says so in its message).
    const { related, note } = capRelated(places);
    if (note) diagnostic.message += note;
    diagnostic.relatedInformation = related.map((place) => relatedInformationOf(place, doc));
  }
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether a diagnostic's related information is still that of these places (capped as toDiagnostic caps them). */
function sameRelated(infos: DiagnosticRelatedInformation[] | undefined, places: RelatedPlace[] | undefined, doc: ParsedDocument): boolean {
  if (!places?.length) return infos === undefined;
  const { related } = capRelated(places);
  if (infos?.length !== related.length) return false;
  return related.every((place, i) => {
    const { location, message } = infos[i];
    return message === place.message && location.uri === (place.in ? place.in.uri : doc.uri) && sameRange(location.range, placeRange(place, doc));
  });
}

function placeRange(place: RelatedPlace, doc: ParsedDocument): Range {
  return place.in ? rangeIn(place.in.text, place.span) : doc.range(place.span);
}

/** The one diagnostic a document over the size limit gets (none when the rule is off): it is not analysed. */
export function sizeLimitDiagnostics(size: number, settings: ResolvedSettings): Diagnostic[] {
  const severity = settings.rules[FILE_TOO_LARGE] ?? fileTooLarge.defaultSeverity;
  if (severity === 'off') return [];
  return [{
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: LSP_SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: FILE_TOO_LARGE,
    codeDescription: { href: `${RULES_DOC_URL}#${FILE_TOO_LARGE}` },
    message: fileTooLargeFinding(settings.maxFileSizeKB, size).message,
  }];
}

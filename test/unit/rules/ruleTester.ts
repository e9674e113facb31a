// ruleTester('rule-id', { valid, invalid }): one rule's cases as the editor sees them, through the facade only.
// In an invalid case's text, [[...]] marks the range each expected diagnostic covers (in document order); the
// markers are removed before the text is checked. The tester asserts that the rule reports exactly the expected
// diagnostics (nothing in valid cases), and applies each of the rule's quick fixes: the result stays well-formed
// and the diagnostic it fixed is gone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service/languageService';
import type { FileAccess } from '../../../server/src/base/files';
import type { Settings } from '../../../server/src/base/settings';
import { applyTextEdits, CONFIG_URI, fileAccess, ruleQuickFixes } from '../../helpers';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export interface Expected {
  /** The message, or part of it. */
  message: RegExp;
  severity?: Severity;
  /** What the range covers, for texts that cannot carry [[...]] markers (CDATA). */
  text?: string;
  /** The text after applying the fix with this title (the whole text when a string, a part of it when a RegExp). */
  fix?: { title?: string; output: string | RegExp };
}

interface Common {
  /** A name for the case; the text's first differing line otherwise. */
  name?: string;
  settings?: Settings;
  /** Files beside /config/activemq.xml ({ 'login.config': '...' }), or a FileAccess. */
  files?: Record<string, string> | FileAccess;
  /** Client checks: the text is a properties file checked against this broker config (none: no broker found). */
  broker?: string | null;
}

export interface ValidCase extends Common {
  text: string;
}

export interface InvalidCase extends Common {
  text: string;
  expect: Expected[];
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const service = getLanguageService();
const PROPERTIES_URI = 'file:///config/alfresco-global.properties';

/** The text without its [[...]] markers, and the offsets each pair marked. */
export function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open: number | undefined;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i) && open === undefined) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open !== undefined) {
      spans.push({ start: open, end: text.length });
      open = undefined;
      i++;
    } else text += marked[i];
  }
  if (open !== undefined) throw new Error('a [[ marker without its ]]');
  return { text, spans };
}

interface Checked {
  text: string;
  diagnostics: Diagnostic[];
  range(span: { start: number; end: number }): Range;
  slice(range: Range): string;
  fixes(diagnostic: Diagnostic): CodeAction[];
  apply(action: CodeAction): string;
  wellFormed(): string | undefined;
}

function isClient(ruleId: string, c: Common): boolean {
  return c.broker !== undefined || ruleId.startsWith('client-');
}

/** The document as the server would check it: a broker config, or a client's properties file. */
function check(ruleId: string, text: string, c: Common): Checked {
  if (isClient(ruleId, c)) {
    const brokerText = c.broker ?? undefined;
    const broker = brokerText === undefined ? undefined : service.context(service.parse(brokerText, CONFIG_URI), c.settings, fileAccess(c.files));
    const lines = TextDocument.create(PROPERTIES_URI, 'properties', 0, text);
    return {
      text,
      diagnostics: service.validateClientSettings(text, PROPERTIES_URI, broker),
      range: (span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) }),
      slice: (range) => lines.getText(range),
      // Client diagnostics carry their fixes in `data` (the server turns them into code actions as they are).
      fixes: (d) => ((d.data as { fixes?: { title: string; edits: TextEdit[] }[] } | undefined)?.fixes ?? []).map((f) => ({ title: f.title, edit: { changes: { [PROPERTIES_URI]: f.edits } } })),
      apply: (action) => applyTextEdits(lines, text, action.edit?.changes?.[PROPERTIES_URI] ?? []),
      wellFormed: () => undefined,
    };
  }
  const access = fileAccess(c.files);
  const doc = service.parse(text, CONFIG_URI);
  return {
    text,
    diagnostics: service.validateText(text, CONFIG_URI, c.settings, access),
    range: (span) => doc.range(span),
    slice: (range) => text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)),
    fixes: (d) => ruleQuickFixes(doc, d, c.settings, access),
    apply: (action) => applyTextEdits(doc, text, action.edit?.changes?.[CONFIG_URI] ?? []),
    wellFormed: () => {
      const problem = doc.tree.problems[0] ?? doc.dom.problem;
      return problem ? JSON.stringify(problem) : undefined;
    },
  };
}

/** The rule's diagnostics in document order; findings at one place by message, so the order never depends on the registry's. */
function ofRule(ruleId: string, checked: Checked): Diagnostic[] {
  const pos = (d: Diagnostic) => [d.range.start.line, d.range.start.character];
  return checked.diagnostics
    .filter((d) => d.code === ruleId)
    .sort((a, b) => pos(a)[0] - pos(b)[0] || pos(a)[1] - pos(b)[1] || String(a.message).localeCompare(String(b.message)));
}

/** The case's name, or its text without the <beans>/<broker> wrapping every case shares. */
function caseName(kind: string, index: number, c: { name?: string; text: string }): string {
  const own = c.text.split('\n').filter((line) => !/^\s*<\/?(beans|broker)\b/.test(line)).join(' ');
  return `${kind} ${index + 1}: ${c.name ?? own.replace(/\s+/g, ' ').trim().slice(0, 100)}`;
}

/** Each of the rule's quick fixes for the diagnostic keeps the document well-formed and removes the diagnostic. */
function checkFixes(ruleId: string, c: InvalidCase, checked: Checked, diagnostic: Diagnostic, expected: Expected): void {
  const fixes = checked.fixes(diagnostic);
  if (expected.fix) {
    const fix = expected.fix.title === undefined ? fixes[0] : fixes.find((f) => f.title === expected.fix!.title);
    assert.ok(fix, `fix ${expected.fix.title ?? ''} offered among: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
    const output = checked.apply(fix);
    if (typeof expected.fix.output === 'string') assert.equal(output, expected.fix.output);
    else assert.match(output, expected.fix.output);
  }
  const covered = checked.slice(diagnostic.range);
  for (const fix of fixes) {
    const output = checked.apply(fix);
    const after = check(ruleId, output, c);
    assert.equal(after.wellFormed(), undefined, `"${fix.title}" keeps the document well-formed`);
    const same = ofRule(ruleId, after).filter((d) => d.message === diagnostic.message && d.range.start.line === diagnostic.range.start.line && after.slice(d.range) === covered);
    assert.deepEqual(same.map((d) => d.message), [], `"${fix.title}" removes the diagnostic`);
  }
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    cases.valid.forEach((v, i) => {
      const c: ValidCase = typeof v === 'string' ? { text: v } : v;
      test(caseName('valid', i, c), () => {
        const found = ofRule(ruleId, check(ruleId, c.text, c));
        assert.deepEqual(found.map((d) => d.message), [], `${ruleId} reports nothing`);
      });
    });
    cases.invalid.forEach((c, i) => {
      test(caseName('invalid', i, c), () => {
        const { text, spans } = unmark(c.text);
        const checked = check(ruleId, text, c);
        const found = ofRule(ruleId, checked);
        const described = found.map((d) => `${checked.slice(d.range)}: ${d.message}`);
        assert.equal(found.length, c.expect.length, `${ruleId} reports ${c.expect.length}, got:\n${described.join('\n')}`);
        if (spans.length) assert.equal(spans.length, c.expect.length, 'one [[...]] marker per expected diagnostic');
        c.expect.forEach((expected, k) => {
          const d = found[k];
          if (spans.length) assert.deepEqual(d.range, checked.range(spans[k]), `diagnostic ${k + 1} covers the marked range, got "${checked.slice(d.range)}"`);
          if (expected.text !== undefined) assert.equal(checked.slice(d.range), expected.text);
          assert.match(String(d.message), expected.message);
          if (expected.severity) assert.equal(SEVERITY[d.severity ?? 1], expected.severity);
          checkFixes(ruleId, { ...c, text }, checked, d, expected);
        });
      });
    });
  });
}

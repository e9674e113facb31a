// Helpers for tests that read like the editor: lint a text, look at what a rule reports and where, apply a fix.
// Everything goes through the facade (getLanguageService()), as the server and the CLI do.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../server/src/service/languageService';
import { filesFromMap, NO_FILES, type FileAccess } from '../server/src/base/files';
import type { Settings } from '../server/src/base/settings';
import type { ParsedDocument } from '../server/src/model/parsedDocument';

export const NS = 'http://activemq.apache.org/schema/core';
export const CONFIG_URI = 'file:///config/activemq.xml';

const service = getLanguageService();

/** A finding as the facade's lint gives it: its rule, severity and place. */
export type Problem = ReturnType<LanguageService['lint']>['problems'][number];

/** Wraps broker content in the usual Spring <beans> root. */
export function brokerConfig(inner: string, brokerAttributes = ''): string {
  return `<beans xmlns="http://www.springframework.org/schema/beans">\n  <broker xmlns="${NS}"${brokerAttributes}>\n${inner}\n  </broker>\n</beans>\n`;
}

/** A broker with a simpleAuthenticationPlugin and an authorization map. */
export function securedBroker(users: string, entries: string, extraPlugins = '', mapExtras = ''): string {
  return brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin>
        <users>
${users}
        </users>
      </simpleAuthenticationPlugin>
      <authorizationPlugin>
        <map>
          <authorizationMap>
            <authorizationEntries>
${entries}
            </authorizationEntries>${mapExtras}
          </authorizationMap>
        </map>
      </authorizationPlugin>${extraPlugins}
    </plugins>`);
}

export interface Reported {
  rule: string;
  severity: string;
  message: string;
  /** The exact text the finding's range covers. */
  text: string;
  line: number;
  problem: Problem;
}

/** A file map ({ 'login.config': '...' } beside /config/activemq.xml) or a FileAccess as it is. */
export function fileAccess(files: FileAccess | Record<string, string> | undefined): FileAccess {
  if (files === undefined) return NO_FILES;
  return 'read' in files && typeof files.read === 'function' ? (files as FileAccess) : filesFromMap(files as Record<string, string>);
}

export function lint(text: string, settings?: Settings, files: FileAccess | Record<string, string> = NO_FILES): { doc: ParsedDocument; reported: Reported[] } {
  const doc = service.parse(text, CONFIG_URI);
  const result = service.lint(doc, settings, fileAccess(files));
  for (const failure of result.failures) throw failure.error;
  return {
    doc,
    reported: result.problems.map((p) => ({
      rule: p.rule.id,
      severity: p.severity,
      message: p.finding.message,
      text: text.slice(p.finding.span.start, p.finding.span.end),
      line: doc.positionAt(p.finding.span.start).line,
      problem: p,
    })),
  };
}

/** Only the findings of one rule. */
export function findings(text: string, ruleId: string, settings?: Settings, files?: FileAccess | Record<string, string>): Reported[] {
  return lint(text, settings, files).reported.filter((r) => r.rule === ruleId);
}

/** Whether a quick fix is the rule's own, not the editor's "Fix all ..." or "Ignore ..." that every rule gets. */
export function isRuleFix(action: CodeAction): boolean {
  return !/^Fix all \d+ auto-fixable `/.test(action.title) && !/^Ignore \S+ (for this <|in this file$)/.test(action.title);
}

/** The rule's own quick fixes the facade offers for one diagnostic, as the editor's light bulb lists them. */
export function ruleQuickFixes(doc: ParsedDocument, diagnostic: Diagnostic, settings?: Settings, files?: FileAccess | Record<string, string>): CodeAction[] {
  const context = service.context(doc, settings, fileAccess(files));
  return service.codeActions(context, diagnostic.range, [diagnostic]).filter(isRuleFix);
}

/** The text after a code action's edits for the document are applied. */
export function applyAction(doc: ParsedDocument, text: string, action: CodeAction): string {
  return applyTextEdits(doc, text, action.edit?.changes?.[doc.uri] ?? []);
}

/** The text after LSP edits (ranges of `doc`) are applied, in document order as an editor applies them. */
export function applyTextEdits(doc: { offsetAt(p: TextEdit['range']['start']): number }, text: string, edits: TextEdit[]): string {
  const spans = edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), span.newText);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Applies the fix with the given title (or the first fix) of a reported finding through the facade's code actions, returning the new text. */
export function applyFix(text: string, reported: Reported, title?: string, files?: FileAccess | Record<string, string>): string {
  const doc = service.parse(text, CONFIG_URI);
  const access = fileAccess(files);
  const range = doc.range(reported.problem.finding.span);
  const diagnostic = service.validate(doc, undefined, access).find((d) => d.code === reported.rule && JSON.stringify(d.range) === JSON.stringify(range));
  if (!diagnostic) throw new Error(`no diagnostic of ${reported.rule} at "${reported.text}"`);
  const fixes = ruleQuickFixes(doc, diagnostic, undefined, access);
  const fix = title === undefined ? fixes[0] : fixes.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix ${title ?? ''} among: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  return applyAction(doc, text, fix);
}

/** Applies a fix and checks what a user would: still well-formed, the finding gone, nothing outside the edit changed. */
export function fixRemoves(text: string, reported: Reported, title?: string, files?: FileAccess | Record<string, string>): string {
  const fixed = applyFix(text, reported, title, files);
  const after = lint(fixed, undefined, files ?? NO_FILES);
  if (after.doc.tree.problems.length || after.doc.dom.problem) throw new Error(`fix broke the XML: ${JSON.stringify(after.doc.tree.problems[0] ?? after.doc.dom.problem)}`);
  const same = after.reported.filter((r) => r.rule === reported.rule && r.text === reported.text && r.line === reported.line && r.message === reported.message);
  if (same.length) throw new Error(`finding still there after "${title ?? 'fix'}": ${reported.message}`);
  return fixed;
}

/** mulberry32: a small deterministic generator, so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

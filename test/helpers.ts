// Helpers for tests that read like the editor: lint a text, look at what a rule reports and where, apply a fix.
import { getLanguageService } from '../server/src/service/languageService';
import { filesFromMap, NO_FILES, type FileAccess } from '../server/src/base/files';
import { resolveSettings, type Settings } from '../server/src/base/settings';
import { createRuleContext, runRules, type Problem } from '../server/src/service/validate';
import { applyEdits } from '../server/src/base/edits';
import { ruleById } from '../server/src/rules/registry';
import type { ParsedDocument } from '../server/src/model/parsedDocument';

export const NS = 'http://activemq.apache.org/schema/core';

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

export function lint(text: string, settings?: Settings, files: FileAccess | Record<string, string> = NO_FILES): { doc: ParsedDocument; reported: Reported[] } {
  const service = getLanguageService();
  const doc = service.parse(text, 'file:///config/activemq.xml');
  const access = 'read' in files && typeof files.read === 'function' ? (files as FileAccess) : filesFromMap(files as Record<string, string>);
  const result = runRules(createRuleContext(doc, resolveSettings(settings), access));
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

/** Applies the fix with the given title (or the only fix) of a reported finding, returning the new text. */
export function applyFix(text: string, reported: Reported, title?: string, files?: FileAccess | Record<string, string>): string {
  const service = getLanguageService();
  const doc = service.parse(text, 'file:///config/activemq.xml');
  const rule = ruleById(reported.rule)!;
  const access = files === undefined ? NO_FILES : 'read' in files && typeof files.read === 'function' ? (files as FileAccess) : filesFromMap(files as Record<string, string>);
  const fixes = rule.fixes?.(reported.problem.finding, createRuleContext(doc, resolveSettings(undefined), access)) ?? [];
  const fix = title === undefined ? fixes[0] : fixes.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix ${title ?? ''} among: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  return applyEdits(text, fix.edits);
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

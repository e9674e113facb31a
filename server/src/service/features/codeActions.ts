// Quick fixes: each of our diagnostics is matched back to its rule's finding in the current parse, and the
// rule's fixes become code actions, followed by the fix that silences the rule for the element. Client-settings
// diagnostics carry their fixes in `data`.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { ruleById } from '../../rules/registry';
import { DIAGNOSTIC_SOURCE, runRules } from '../validate';
import type { FeatureContext } from './context';
import { ignoreFix } from './ignoreComment';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function codeActions(context: FeatureContext, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  void range;
  const { doc } = context;
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
  if (ours.length === 0) return [];
  const problems = runRules(context).problems;
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const problem = problems.find((p) => p.rule.id === diagnostic.code && sameRange(doc.range(p.finding.span), diagnostic.range));
    if (!problem) continue;
    const fixes = ruleById(problem.rule.id)?.fixes?.(problem.finding, context) ?? [];
    const ignore = ignoreFix(context, problem);
    for (const fix of ignore ? [...fixes, ignore] : fixes) {
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: doc.range(e.span), newText: e.newText }));
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [doc.uri]: edits } } });
    }
  }
  return actions;
}

/** Fixes that client-settings diagnostics carry in `data.fixes` (their document is a properties file). */
export function dataFixActions(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fixes = (diagnostic.data as { fixes?: { title: string; edits: TextEdit[] }[] } | undefined)?.fixes ?? [];
    for (const fix of fixes) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: fix.edits } } });
  }
  return actions;
}

// Quick fixes: each of our diagnostics is matched back to its rule's finding in the current parse, and the
// rule's fixes become code actions, followed by "Fix all" for the rule and the fix that silences the rule for the
// element. The source action source.fixAll.activemqXml applies every autofix (editor.codeActionsOnSave).
// Client-settings diagnostics carry their fixes in `data`.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Edit } from '../../rules/types';
import { DIAGNOSTIC_SOURCE, problemsOf, toDiagnostic } from '../validate';
import type { FeatureContext } from './context';
import { fixAllPass, type FixAllPass } from './fixAll';
import { ignoreFixes } from './ignoreComment';
import { ruleFixes } from '../ruleFixes';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.activemqXml`;

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether the client's filter lets `kind` through: kinds are hierarchies (`source` covers `source.fixAll.x`). */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function textEdits(context: FeatureContext, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: context.doc.range(e.span), newText: e.newText }));
}

/**
 * The code actions for the diagnostics in a range. `only` is the client's filter: the source action is offered
 * only when asked for (on save, or from the Source Action menu), never in the light bulb.
 */
export function codeActions(context: FeatureContext, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  void range;
  const actions = wants(only, CodeActionKind.QuickFix) ? quickFixes(context, diagnostics) : [];
  if (only && wants(only, FIX_ALL_KIND)) {
    const all = fixAllAction(context);
    if (all) actions.push(all);
  }
  return actions;
}

/** Every autofix in the document, one pass, as the source action editors run on save. */
export function fixAllAction(context: FeatureContext): CodeAction | undefined {
  const pass = fixAllPass(context);
  if (pass.edits.length === 0) return undefined;
  return {
    title: 'Fix all auto-fixable ActiveMQ XML problems',
    kind: FIX_ALL_KIND,
    diagnostics: pass.fixed.map((f) => toDiagnostic(f.problem, context.doc)),
    edit: { changes: { [context.doc.uri]: textEdits(context, pass.edits) } },
  };
}

function quickFixes(context: FeatureContext, diagnostics: Diagnostic[]): CodeAction[] {
  const { doc } = context;
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
  if (ours.length === 0) return [];
  // Only the rules of the diagnostics asked about run (or none, when all ran already).
  const problems = problemsOf(context, ours.map((d) => String(d.code)));
  const ruleWide = new Map<string, FixAllPass>();
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const problem = problems.find((p) => p.rule.id === diagnostic.code && sameRange(doc.range(p.finding.span), diagnostic.range));
    if (!problem) continue;
    const fixes = ruleFixes(problem, context);
    for (const fix of fixes) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [doc.uri]: textEdits(context, fix.edits) } } });
    }
    // ESLint's habit: where a rule's fix can be applied without choosing, offer it for the whole file too.
    if (fixes.some((f) => f.autofix)) {
      const ruleId = problem.rule.id;
      const pass = ruleWide.get(ruleId) ?? fixAllPass(context, ruleId);
      ruleWide.set(ruleId, pass);
      if (pass.fixed.length > 1) {
        actions.push({
          title: `Fix all ${pass.fixed.length} auto-fixable \`${ruleId}\` problems`,
          kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: textEdits(context, pass.edits) } } });
      }
    }
    for (const ignore of ignoreFixes(context, problem)) {
      actions.push({ title: ignore.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: textEdits(context, ignore.edits) } } });
    }
  }
  return actions;
}

/** Fixes that client-settings diagnostics carry in `data.fixes` (their document is a properties file). */
export function dataFixActions(uri: string, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const actions: CodeAction[] = [];
  if (!wants(only, CodeActionKind.QuickFix)) return actions;
  for (const diagnostic of diagnostics) {
    const fixes = (diagnostic.data as { fixes?: { title: string; edits: TextEdit[] }[] } | undefined)?.fixes ?? [];
    for (const fix of fixes) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: fix.edits } } });
  }
  return actions;
}

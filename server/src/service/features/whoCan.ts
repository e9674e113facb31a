// --who-can: the effective read / write / admin of one destination, as ActiveMQ's DefaultAuthorizationMap
// would compute it from this config.
import { effectivePermissions, type EffectivePermissions, type Right } from '../../destinations';
import type { FeatureContext } from './context';
import { authorizationUnavailable } from './accessMatrix';

export interface WhoCanAnswer {
  file: string;
  destination: string;
  /** Why no answer could be computed (no authorization map in the file, say). */
  unavailable?: string;
  entries?: { line: number; text: string }[];
  usesDefaultEntry?: boolean;
  temporary?: EffectivePermissions['tempGoverned'];
  read?: Right;
  write?: Right;
  admin?: Right;
}

export function whoCan(file: string, context: FeatureContext, destination: string): WhoCanAnswer {
  return whoCanWithPermissions(file, context, destination).answer;
}

/** The answer, and the engine's effective permissions it was made from (computed once; undefined without an entry map). */
export function whoCanWithPermissions(file: string, context: FeatureContext, destination: string): { answer: WhoCanAnswer; permissions?: EffectivePermissions } {
  const permissions = context.analysis.hasEntryMap() ? effectivePermissions(context.analysis.securityInput(), destination) : undefined;
  const unavailable = authorizationUnavailable(context);
  if (unavailable) return { answer: { file, destination, unavailable }, permissions };
  return { answer: answerOf(file, context, destination, permissions ?? effectivePermissions(context.analysis.securityInput(), destination)), permissions };
}

function answerOf(file: string, context: FeatureContext, destination: string, answer: EffectivePermissions): WhoCanAnswer {
  const { model } = context.doc;
  const entries = answer.matchingEntryIds.map((id) => {
    const element = model.entries[id].element;
    return { line: context.doc.positionAt(element.span.start).line + 1, text: context.doc.text.slice(element.span.start, element.startTagSpan.end) };
  });
  return { file, destination, entries, usesDefaultEntry: answer.usesDefaultEntry, temporary: answer.tempGoverned, read: answer.read, write: answer.write, admin: answer.admin };
}

function describeRight(right: Right | undefined): string {
  if (!right) return 'nobody';
  const who: string[] = [];
  if (right.everyone) who.push('every authenticated connection (*)');
  const groups = right.groups.filter((g) => g !== '*');
  if (groups.length) who.push(`groups ${groups.join(', ')}`);
  if (right.anonymous) who.push('anonymous connections');
  if (who.length === 0) return 'nobody (denied)';
  const users = right.users.length ? `; users: ${right.users.join(', ')}` : '; no user of this file';
  return who.join(' and ') + (right.everyone ? '' : users);
}

export function formatWhoCanText(answers: WhoCanAnswer[]): string {
  const out: string[] = [];
  for (const a of answers) {
    out.push(`${a.file}: ${a.destination}`);
    if (a.unavailable) {
      out.push(`  ${a.unavailable}`, '');
      continue;
    }
    if (a.temporary === 'open') out.push('  temporary destination with no tempDestinationAuthorizationEntry: open to every authenticated connection');
    else if (a.temporary === 'entry') out.push('  temporary destination: governed by the tempDestinationAuthorizationEntry only');
    else if (a.entries?.length) {
      out.push('  matching entries (their groups add up):');
      for (const e of a.entries) out.push(`    line ${e.line}: ${e.text}`);
    } else out.push('  no entry matches: denied to everyone');
    if (a.usesDefaultEntry) out.push('  plus the defaultEntry, which applies to every destination');
    out.push(`  read:  ${describeRight(a.read)}`, `  write: ${describeRight(a.write)}`, `  admin: ${describeRight(a.admin)}`, '');
  }
  return out.join('\n');
}

// All checks of one client properties file against one broker config, as problems of the `client` rules: the
// settings turn a rule off or change its severity as they do for every other rule.
import type { Analysis } from '../base/analysis';
import type { ResolvedSettings } from '../base/settings';
import type { SecurityModel } from '../model/types';
import type { Problem } from '../rules/types';
import { checkCredentials, checkRights } from './authChecks';
import { readClientFile, type ClientFile, type ClientRuleFinding } from './clientFile';
import { profileForFile } from './profile';
import { checkUrl } from './urlChecks';

export function checkClientFile(file: ClientFile, broker: { model: SecurityModel; analysis: Analysis } | undefined, settings?: ResolvedSettings): Problem[] {
  const found: ClientRuleFinding[] = checkUrl(file, broker?.model);
  if (broker?.model.broker) found.push(...checkCredentials(file, broker), ...checkRights(file, broker));
  const problems: Problem[] = [];
  for (const { rule, finding } of found) {
    const configured = settings?.rules[rule.id];
    if (configured !== 'off') problems.push({ rule, finding, severity: configured ?? finding.severity ?? rule.defaultSeverity });
  }
  return problems.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
}

/** Reads the file with the profile its name selects and checks it. */
export function checkClientText(text: string, uri: string, broker: { model: SecurityModel; analysis: Analysis } | undefined, settings?: ResolvedSettings): { file: ClientFile; problems: Problem[] } {
  const file = readClientFile(text, uri, profileForFile(uri));
  return { file, problems: checkClientFile(file, broker, settings) };
}

// All checks of one client properties file against one broker config: every rule of category `client` in the
// registry runs its own checkClient, and the settings turn a rule off or change its severity as for every other rule.
import type { ResolvedSettings, Severity } from '../base/settings';
import { RULES } from '../rules/registry';
import type { Problem } from '../rules/types';
import { createClientContext, type BrokerSide } from './clientContext';
import { readClientFile, type ClientFile } from './clientFile';
import { profileForFile } from './profile';

const CLIENT_RULES = RULES.filter((rule) => rule.category === 'client');

// At one place the graver problem comes first: an unknown scheme before the advice to wrap it in failover.
const GRAVITY: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function checkClientFile(file: ClientFile, broker: BrokerSide | undefined, settings?: ResolvedSettings): Problem[] {
  const context = createClientContext(file, broker);
  const problems: Problem[] = [];
  for (const rule of CLIENT_RULES) {
    const configured = settings?.rules[rule.id];
    if (configured === 'off' || !rule.checkClient) continue;
    for (const finding of rule.checkClient(context)) problems.push({ rule, finding, severity: configured ?? finding.severity ?? rule.defaultSeverity });
  }
  return problems.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end
    || GRAVITY[a.severity] - GRAVITY[b.severity]);
}

/** Reads the file with the profile its name selects and checks it. */
export function checkClientText(text: string, uri: string, broker: BrokerSide | undefined, settings?: ResolvedSettings): { file: ClientFile; problems: Problem[] } {
  const file = readClientFile(text, uri, profileForFile(uri));
  return { file, problems: checkClientFile(file, broker, settings) };
}

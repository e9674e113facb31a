// client-missing-rights: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Finding, Rule } from '../../rules/types';
import { effectivePermissions } from '../../destinations';
import { hasPlaceholder } from '../../transport';
import { brokerUser, type BrokerLogin } from '../clientLogins';
import type { ClientLogin } from '../clientFile';
import { flowsOf, type ClientFlow, type ClientProfile } from '../profile';

export const clientMissingRights: Rule = {
  id: 'client-missing-rights',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client\'s user lacks a right one of its message flows needs.',
  docs: {
    autofix: false,
  },
  checkClient({ file, login }) {
    const broker = login();
    if (!broker?.broker.analysis.hasEntryMap()) return [];
    return broker.logins.flatMap((one) => missingRights(file.profile, one, broker));
  },
};

function missingRights(profile: ClientProfile, login: ClientLogin, { broker: { model, analysis } }: BrokerLogin): Finding[] {
  const username = login.username;
  if (!username || hasPlaceholder(username.value)) return [];
  const user = brokerUser(model, username.value);
  if (!user) return [];
  const input = analysis.securityInput();
  const groups = (user.groups?.items ?? []).map((g) => g.text);
  // Flows that differ only in their destination (the two temp advisories) make one finding.
  const byReason = new Map<string, { flow: ClientFlow; missing: string[]; destinations: string[] }>();
  for (const flow of flowsOf(profile, login.identity)) {
    const answer = effectivePermissions(input, flow.destination);
    const missing = flow.rights.filter((right) => !(answer[right]?.everyone || answer[right]?.users.includes(username.value)));
    if (missing.length === 0) continue;
    const key = `${flow.what}|${missing.join()}`;
    const known = byReason.get(key);
    if (known) known.destinations.push(flow.destination);
    else byReason.set(key, { flow, missing, destinations: [flow.destination] });
  }
  return [...byReason.values()].map(({ flow, missing, destinations }) => ({
    span: username.valueSpan,
    message: `"${username.value}" (groups: ${groups.join(', ') || 'none'}) lacks ${missing.join(' and ')} on ${destinations.join(' and ')}, `
      + `needed because ${flow.what}: without it ${flow.effect.split('<user>').join(username.value)}.`,
  }));
}

// Each login's credentials against the broker's users, and its user's rights against what its message flows need
// (computed by the pattern engine, never re-derived here).
import { effectivePermissions } from '../destinations';
import type { SecurityModel, User } from '../model/types';
import type { Analysis } from '../base/analysis';
import { hasPlaceholder } from '../transport';
import { loginRequirement } from './brokerLogin';
import { appendLines, type ClientFile, type ClientRuleFinding, type ClientLogin } from './clientFile';
import { flowsOf, type ClientFlow } from './profile';
import { clientMissingRights } from './rules/client-missing-rights';
import { clientNoPassword } from './rules/client-no-password';
import { clientNoUsername } from './rules/client-no-username';
import { clientUnknownUser } from './rules/client-unknown-user';
import { clientWrongPassword } from './rules/client-wrong-password';

export interface BrokerSide {
  model: SecurityModel;
  analysis: Analysis;
}

/** Logins the checks speak about: the required ones, and the optional ones the file sets. */
function activeLogins(file: ClientFile): ClientLogin[] {
  return file.logins.filter((login) => login.identity.required || login.username || login.password);
}

export function checkCredentials(file: ClientFile, broker: BrokerSide): ClientRuleFinding[] {
  const requirement = loginRequirement(broker.model);
  if (!requirement) return [];
  return activeLogins(file).flatMap((login) => checkLogin(file, login, requirement, broker.model));
}

function checkLogin(file: ClientFile, login: ClientLogin, requirement: string, model: SecurityModel): ClientRuleFinding[] {
  const { username, password, identity } = login;
  if (!username || username.value === '') {
    const lines = [`${identity.username}=`, ...(password ? [] : [`${identity.password}=`])];
    return [{
      rule: clientNoUsername,
      finding: {
        span: username?.keySpan ?? password?.keySpan ?? file.url?.keySpan ?? { start: 0, end: 0 },
        message: `The broker requires a login (${requirement}) but ${identity.username} is not set: ${identity.label} connects without a user name and is refused with exactly "User name [null] or password is invalid."`,
        fixes: username ? undefined : [{ title: `Add ${lines.map((l) => l.slice(0, -1)).join(' and ')}`, edits: [appendLines(file, lines)] }],
      },
    }];
  }
  if (!password) {
    return [{
      rule: clientNoPassword,
      finding: {
        span: username.keySpan,
        message: `${identity.password} is not set: the login of ${identity.label} as "${username.value}" has no password and is refused with "User name [${username.value}] or password is invalid."`,
        fixes: [{ title: `Add ${identity.password}`, edits: [appendLines(file, [`${identity.password}=`])] }],
      },
    }];
  }
  return checkAgainstUsers(login, model);
}

/** The user ActiveMQ would log in: the last authenticationUser with that name wins. */
function brokerUser(model: SecurityModel, name: string): User | undefined {
  return [...model.users].reverse().find((u) => u.username?.text === name);
}

function checkAgainstUsers(login: ClientLogin, model: SecurityModel): ClientRuleFinding[] {
  const username = login.username!;
  const password = login.password!;
  // Only a simpleAuthenticationPlugin shows its users; JAAS users live in files this check does not read.
  if (model.simpleAuthentication.length === 0 || hasPlaceholder(username.value)) return [];
  const user = brokerUser(model, username.value);
  if (!user) {
    const known = model.users.map((u) => u.username?.text).filter((n): n is string => !!n);
    return [{
      rule: clientUnknownUser,
      finding: {
        span: username.valueSpan,
        message: `"${username.value}" is no user of the broker's simpleAuthenticationPlugin${known.length ? ` (users: ${known.join(', ')})` : ''}; the login of ${login.identity.label} is refused with "User name [${username.value}] or password is invalid."`,
      },
    }];
  }
  const brokerPassword = user.password?.text;
  if (brokerPassword === undefined || hasPlaceholder(brokerPassword) || hasPlaceholder(password.value) || brokerPassword === password.value) return [];
  return [{
    rule: clientWrongPassword,
    finding: {
      span: password.valueSpan,
      message: `This password differs from the one the broker sets for "${username.value}"; the login of ${login.identity.label} is refused with "User name [${username.value}] or password is invalid."`,
    },
  }];
}

export function checkRights(file: ClientFile, broker: BrokerSide): ClientRuleFinding[] {
  const { model, analysis } = broker;
  if (!analysis.hasEntryMap() || !loginRequirement(model)) return [];
  return activeLogins(file).flatMap((login) => loginRights(file, login, broker));
}

function loginRights(file: ClientFile, login: ClientLogin, { model, analysis }: BrokerSide): ClientRuleFinding[] {
  const username = login.username;
  if (!username || hasPlaceholder(username.value)) return [];
  const user = brokerUser(model, username.value);
  if (!user) return [];
  const input = analysis.securityInput();
  const groups = (user.groups?.items ?? []).map((g) => g.text);
  // Flows that differ only in their destination (the two temp advisories) make one finding.
  const byReason = new Map<string, { flow: ClientFlow; missing: string[]; destinations: string[] }>();
  for (const flow of flowsOf(file.profile, login.identity)) {
    const answer = effectivePermissions(input, flow.destination);
    const missing = flow.rights.filter((right) => !(answer[right]?.everyone || answer[right]?.users.includes(username.value)));
    if (missing.length === 0) continue;
    const key = `${flow.what}|${missing.join()}`;
    const known = byReason.get(key);
    if (known) known.destinations.push(flow.destination);
    else byReason.set(key, { flow, missing, destinations: [flow.destination] });
  }
  const findings: ClientRuleFinding[] = [];
  for (const { flow, missing, destinations } of byReason.values()) {
    findings.push({
      rule: clientMissingRights,
      finding: {
        span: username.valueSpan,
        message: `"${username.value}" (groups: ${groups.join(', ') || 'none'}) lacks ${missing.join(' and ')} on ${destinations.join(' and ')}, needed because ${flow.what}: without it ${flow.effect.split('<user>').join(username.value)}.`,
      },
    });
  }
  return findings;
}

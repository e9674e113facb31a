// The client's credentials against the broker's users, and its user's rights against what the product's
// message flows need (computed by the pattern engine, never re-derived here).
import { effectivePermissions } from '../destinations';
import type { User } from '../model/types';
import type { Analysis } from '../service/analysis';
import type { SecurityModel } from '../model/types';
import { hasPlaceholder } from '../transport';
import { loginRequirement } from './brokerLogin';
import { appendLines, type ClientFile, type ClientFinding } from './clientFile';

export interface BrokerSide {
  model: SecurityModel;
  analysis: Analysis;
}

export function checkCredentials(file: ClientFile, broker: BrokerSide): ClientFinding[] {
  const requirement = loginRequirement(broker.model);
  if (!requirement) return [];
  const { username, password, profile } = file;
  const anchor = file.url?.keySpan ?? { start: 0, end: 0 };
  if (!username || username.value === '') {
    const lines = [`${profile.preferredProperties.username}=`, ...(password ? [] : [`${profile.preferredProperties.password}=`])];
    return [{
      code: 'client-no-username',
      span: username?.keySpan ?? anchor,
      severity: 'error',
      message: `The broker requires a login (${requirement}) but ${profile.product} sets no ${profile.properties.username[0]}: it connects without a user name and is refused with exactly "User name [null] or password is invalid."`,
      fixes: username ? undefined : [{ title: `Add ${lines.map((l) => l.slice(0, -1)).join(' and ')}`, edits: [appendLines(file, lines)] }],
    }];
  }
  if (!password) {
    return [{
      code: 'client-no-password',
      span: username.keySpan,
      severity: 'error',
      message: `${profile.properties.password[0]} is not set: the login as "${username.value}" has no password and is refused with "User name [${username.value}] or password is invalid."`,
      fixes: [{ title: `Add ${profile.preferredProperties.password}`, edits: [appendLines(file, [`${profile.preferredProperties.password}=`])] }],
    }];
  }
  return checkAgainstUsers(file, broker.model);
}

/** The user ActiveMQ would log in: the last authenticationUser with that name wins. */
function brokerUser(model: SecurityModel, name: string): User | undefined {
  return [...model.users].reverse().find((u) => u.username?.text === name);
}

function checkAgainstUsers(file: ClientFile, model: SecurityModel): ClientFinding[] {
  const username = file.username!;
  const password = file.password!;
  // Only a simpleAuthenticationPlugin shows its users; JAAS users live in files this check does not read.
  if (model.simpleAuthentication.length === 0 || hasPlaceholder(username.value)) return [];
  const user = brokerUser(model, username.value);
  if (!user) {
    const known = model.users.map((u) => u.username?.text).filter((n): n is string => !!n);
    return [{
      code: 'client-unknown-user',
      span: username.valueSpan,
      severity: 'error',
      message: `"${username.value}" is no user of the broker's simpleAuthenticationPlugin${known.length ? ` (users: ${known.join(', ')})` : ''}; the login is refused with "User name [${username.value}] or password is invalid."`,
    }];
  }
  const brokerPassword = user.password?.text;
  if (brokerPassword === undefined || hasPlaceholder(brokerPassword) || hasPlaceholder(password.value) || brokerPassword === password.value) return [];
  return [{
    code: 'client-wrong-password',
    span: password.valueSpan,
    severity: 'error',
    message: `This password differs from the one the broker sets for "${username.value}"; the login is refused with "User name [${username.value}] or password is invalid."`,
  }];
}

export function checkRights(file: ClientFile, broker: BrokerSide): ClientFinding[] {
  const username = file.username;
  const { model, analysis } = broker;
  if (!username || hasPlaceholder(username.value) || !analysis.hasEntryMap() || !loginRequirement(model)) return [];
  const user = brokerUser(model, username.value);
  if (!user) return [];
  const input = analysis.securityInput();
  const findings: ClientFinding[] = [];
  for (const flow of file.profile.flows) {
    const answer = effectivePermissions(input, flow.destination);
    const missing = flow.rights.filter((right) => {
      const granted = answer[right];
      return !(granted?.everyone || granted?.users.includes(username.value));
    });
    if (missing.length === 0) continue;
    const groups = (user.groups?.items ?? []).map((g) => g.text);
    findings.push({
      code: 'client-missing-rights',
      span: username.valueSpan,
      severity: flow.severity,
      message: `"${username.value}" (groups: ${groups.join(', ') || 'none'}) lacks ${missing.join(' and ')} on ${flow.destination}, needed because ${flow.what}: without it ${flow.effect.split('<user>').join(username.value)}.`,
    });
  }
  return findings;
}

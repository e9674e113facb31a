// The client's logins as the broker will judge them: which ones count, and the broker user each one logs in as.
import type { Analysis } from '../base/analysis';
import type { SecurityModel, User } from '../model/types';
import type { PropertyEntry } from '../parser/properties';
import { hasPlaceholder } from '../transport';
import { loginRequirement } from './brokerLogin';
import type { ClientFile, ClientLogin } from './clientFile';

export interface BrokerSide {
  model: SecurityModel;
  analysis: Analysis;
}

/** A broker that demands a login, and the logins of the client it judges. */
export interface BrokerLogin {
  broker: BrokerSide;
  /** How the broker demands it, for messages. */
  requirement: string;
  /** The required logins, and the optional ones the file sets. */
  logins: ClientLogin[];
}

/** Undefined when the config has no broker element or lets anonymous connections in (as far as it shows). */
export function resolveLogin(file: ClientFile, broker: BrokerSide | undefined): BrokerLogin | undefined {
  if (!broker?.model.broker) return undefined;
  const requirement = loginRequirement(broker.model);
  if (!requirement) return undefined;
  const logins = file.logins.filter((login) => login.identity.required || login.username || login.password);
  return { broker, requirement, logins };
}

/** The user ActiveMQ would log in: the last authenticationUser with that name wins. */
export function brokerUser(model: SecurityModel, name: string): User | undefined {
  return [...model.users].reverse().find((u) => u.username?.text === name);
}

/** A login with both a user name and a password, to compare with the broker's users. */
export interface CompleteLogin {
  login: ClientLogin;
  username: PropertyEntry;
  password: PropertyEntry;
  /** The broker user of that name; undefined when there is none. */
  user: User | undefined;
}

/**
 * The logins that state a user name and a password the broker's users can judge. Only a
 * simpleAuthenticationPlugin shows its users; JAAS users live in files these checks do not read.
 */
export function completeLogins(login: BrokerLogin): CompleteLogin[] {
  const { model } = login.broker;
  if (model.simpleAuthentication.length === 0) return [];
  return login.logins.flatMap((one) => {
    const { username, password } = one;
    if (!username || username.value === '' || !password || hasPlaceholder(username.value)) return [];
    return [{ login: one, username, password, user: brokerUser(model, username.value) }];
  });
}

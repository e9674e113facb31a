// client-unknown-user: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { completeLogins } from '../clientLogins';

export const clientUnknownUser: Rule = {
  id: 'client-unknown-user',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client logs in as a user the broker does not define.',
  docs: {
    autofix: false,
  },
  checkClient({ login }) {
    const broker = login();
    if (!broker) return [];
    const known = broker.broker.model.users.map((u) => u.username?.text).filter((n): n is string => !!n);
    return completeLogins(broker).filter(({ user }) => !user).map(({ login: { identity }, username }) => ({
      span: username.valueSpan,
      message: `"${username.value}" is no user of the broker's simpleAuthenticationPlugin${known.length ? ` (users: ${known.join(', ')})` : ''}; `
        + `the login of ${identity.label} is refused with "User name [${username.value}] or password is invalid."`,
    }));
  },
};

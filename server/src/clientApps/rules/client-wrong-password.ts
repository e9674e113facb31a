// client-wrong-password: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { hasPlaceholder } from '../../transport';
import { completeLogins } from '../clientLogins';

export const clientWrongPassword: Rule = {
  id: 'client-wrong-password',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client\'s password differs from the one the broker sets for its user.',
  docs: {
    autofix: false,
  },
  checkClient({ login }) {
    const broker = login();
    if (!broker) return [];
    return completeLogins(broker).flatMap(({ login: { identity }, username, password, user }) => {
      const brokerPassword = user?.password?.text;
      if (brokerPassword === undefined || hasPlaceholder(brokerPassword) || hasPlaceholder(password.value) || brokerPassword === password.value) return [];
      return [{
        span: password.valueSpan,
        message: `This password differs from the one the broker sets for "${username.value}"; the login of ${identity.label} is refused with "User name [${username.value}] or password is invalid."`,
      }];
    });
  },
};

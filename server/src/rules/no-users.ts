// no-users: a simpleAuthenticationPlugin with no users rejects every login.
import type { Finding, Rule } from './types';

export const noUsers: Rule = {
  id: 'no-users',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A simpleAuthenticationPlugin without users rejects every login.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    return doc.model.simpleAuthentication
      .filter((auth) => auth.users.length === 0 && !auth.anonymousAccessAllowed)
      .map((auth): Finding => ({ span: auth.element.nameSpan, message: 'This simpleAuthenticationPlugin has no users and no anonymous access: ' +
        'ActiveMQ rejects every login with "User name [...] or password is invalid."' }));
  },
};

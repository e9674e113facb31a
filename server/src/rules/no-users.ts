// no-users: a simpleAuthenticationPlugin with no users rejects every login.
import type { Finding, Rule } from './types';

export const noUsers: Rule = {
  id: 'no-users',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A simpleAuthenticationPlugin without users rejects every login.',
  docs: {
    catches: 'A `<simpleAuthenticationPlugin>` with no `<authenticationUser>` and anonymous access off.',
    runtime: 'Every connection is refused with "User name [x] or password is invalid." (SimpleAuthenticationPluginNoUsersTest: "Should deny all login attempts"), including the web console\'s vm:// connection.',
    wrong: '<simpleAuthenticationPlugin/>',
    right: '<simpleAuthenticationPlugin>\n  <users>\n    <authenticationUser username="app" password="${app.password}" groups="users"/>\n  </users>\n</simpleAuthenticationPlugin>',
    fix: 'Add the users that connect, or turn on `anonymousAccessAllowed` if anonymous clients are meant.',
  },
  check({ doc }) {
    return doc.model.simpleAuthentication
      .filter((auth) => auth.users.length === 0 && !auth.anonymousAccessAllowed)
      .map((auth): Finding => ({ span: auth.element.nameSpan, message: 'This simpleAuthenticationPlugin has no users and no anonymous access: ActiveMQ rejects every login with "User name [...] or password is invalid."' }));
  },
};

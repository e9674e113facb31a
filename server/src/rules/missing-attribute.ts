// missing-attribute: a user without username (never registered) or without password (can never log in).
import type { Finding, Rule } from './types';

export const missingAttribute: Rule = {
  id: 'missing-attribute',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An authenticationUser without username (error) or without password (warning: it can never log in).',
  docs: {
    catches: 'An `<authenticationUser>` with no `username` attribute, or with no `password` attribute.',
    runtime: 'SimpleAuthenticationPlugin.setUsers keys its maps by username, so a user without one is unusable; SimpleAuthenticationBroker.authenticate rejects a login whose stored password is null, so a user without password is refused with `User name [x] or password is invalid.`',
    wrong: '<authenticationUser username="app" groups="users"/>',
    right: '<authenticationUser username="app" password="${app.password}" groups="users"/>',
    fix: 'Add the missing attribute; keep the password in credentials.properties and refer to it with a `${...}` placeholder.',
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const user of doc.model.users) {
      if (!user.username) {
        findings.push({ span: user.element.nameSpan, message: 'This user has no `username`: ActiveMQ cannot register it, so nobody can log in as it.' });
      } else if (!user.password) {
        findings.push({
          span: user.element.nameSpan,
          severity: 'warning',
          message: `User \`${user.username.text}\` has no \`password\`: SimpleAuthenticationBroker rejects every login of it with "User name [${user.username.text}] or password is invalid."`,
        });
      }
    }
    return findings;
  },
};

// missing-attribute: a user without username (never registered) or without password (can never log in).
import type { Finding, Rule } from './types';

export const missingAttribute: Rule = {
  id: 'missing-attribute',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An authenticationUser without username (error) or without password (warning: it can never log in).',
  docs: {
    autofix: false,
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

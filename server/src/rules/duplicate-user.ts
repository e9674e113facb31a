// duplicate-user: one username twice; the last one silently wins.
import { lineOf } from './support/model';
import type { Finding, Rule } from './types';
import type { User } from '../model/types';

export const duplicateUser: Rule = {
  id: 'duplicate-user',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The same username twice: ActiveMQ keeps only the last one, password and groups alike.',
  docs: {
    catches: 'Two `<authenticationUser>` elements with the same `username` (case-sensitive) in one simpleAuthenticationPlugin.',
    runtime: 'SimpleAuthenticationPlugin.setUsers puts each user into maps keyed by username, in order, so the last one replaces the earlier one completely: its password and its groups (groups are not merged).',
    wrong: '<authenticationUser username="app" password="a" groups="users"/>\n<authenticationUser username="app" password="b" groups="admins"/>',
    right: '<authenticationUser username="app" password="${app.password}" groups="users,admins"/>',
    fix: 'Keep one element per user, with all its groups.',
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const auth of doc.model.simpleAuthentication) {
      const last = new Map<string, User>();
      for (const user of auth.users) if (user.username) last.set(user.username.text, user);
      for (const user of auth.users) {
        if (!user.username) continue;
        const winner = last.get(user.username.text)!;
        if (winner === user) continue;
        findings.push({
          span: user.username.span,
          message: `User \`${user.username.text}\` is defined again at line ${lineOf(doc, winner.username!.span)}; ActiveMQ keeps only that last definition (its password and groups), so this one has no effect.`,
          related: [{ span: winner.username!.span, message: 'the definition ActiveMQ keeps' }],
          unnecessary: true,
        });
      }
    }
    return findings;
  },
};

// duplicate-user: one username twice; the last one silently wins.
import type { ParsedDocument } from '../model/parsedDocument';
import type { User } from '../model/types';
import { isPlaceholder, lineOf } from './support/model';
import type { Finding, Rule } from './types';

export const duplicateUser: Rule = {
  id: 'duplicate-user',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The same username twice: ActiveMQ keeps only the last one, password and groups alike.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const auth of doc.model.simpleAuthentication) {
      const byName = new Map<string, User[]>();
      for (const user of auth.users) {
        if (!user.username) continue;
        const named = byName.get(user.username.text);
        if (named) named.push(user);
        else byName.set(user.username.text, [user]);
      }
      for (const [name, users] of byName) {
        // A placeholder's name is known only once rendered; in a template, users in different branches of one
        // conditional are never rendered together.
        if (users.length < 2 || isPlaceholder(name)) continue;
        users.forEach((user, index) => {
          const winner = users.slice(index + 1).filter((u) => !doc.template?.exclusive(u.element.span.start, user.element.span.start)).pop();
          if (winner) findings.push(duplicateOf(doc, user, winner));
        });
      }
    }
    return findings;
  },
};

function duplicateOf(doc: ParsedDocument, user: User, winner: User): Finding {
  return {
    span: user.username!.span,
    message: `User \`${user.username!.text}\` is defined again at line ${lineOf(doc, winner.username!.span)}; ActiveMQ keeps only that last definition (its password and groups), so this one has no effect.`,
    related: [{ span: winner.username!.span, message: 'the definition ActiveMQ keeps' }],
    unnecessary: true,
  };
}

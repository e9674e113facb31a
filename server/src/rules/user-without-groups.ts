// user-without-groups: with authorization on, a user with no group can log in and do nothing.
import { authorizationOn } from './support/model';
import type { Finding, Rule } from './types';

export const userWithoutGroups: Rule = {
  id: 'user-without-groups',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'With authorization on, a user without groups can log in but is denied everything.',
  docs: {
    catches: 'An `<authenticationUser>` without `groups` (or with an empty list) while an authorizationPlugin is configured.',
    runtime: 'simpleAuthenticationPlugin gives a connection only its group principals, and authorization entries name groups; a user without groups matches no entry except `*`, so every consumer, producer and destination it touches is refused ("User x is not authorized to ...").',
    wrong: '<authenticationUser username="app" password="${app.password}"/>',
    right: '<authenticationUser username="app" password="${app.password}" groups="users"/>',
    fix: 'Give the user the groups its entries grant.',
  },
  check({ doc }) {
    if (!authorizationOn(doc.model)) return [];
    const findings: Finding[] = [];
    for (const user of doc.model.users) {
      if (!user.username || (user.groups && user.groups.items.some((t) => t.text !== ''))) continue;
      findings.push({
        span: user.groups ? user.groups.attribute.valueSpan : user.element.nameSpan,
        message: `User \`${user.username.text}\` has no groups: it can log in, but authorization entries grant groups, so it is denied every destination that is not open to \`*\`.`,
      });
    }
    return findings;
  },
};

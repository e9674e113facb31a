// temp-destination-access: who may create and use temporary destinations.
import { insertAsLastChildren, qualified } from '../base/edits';
import { effectiveUsers, groupsOfAllUsers, listOf } from './support/model';
import type { Finding, Fix, Rule } from './types';

export const tempDestinationAccess: Rule = {
  id: 'temp-destination-access',
  defaultSeverity: 'info',
  category: 'meaning',
  summary: 'Temporary destinations are open to every authenticated user, or some users cannot create them.',
  docs: {
    catches: 'With an authorization map: no `tempDestinationAuthorizationEntry` (every authenticated user may create, read and write any temporary destination), or one that does not give some users admin (they cannot create temporary destinations).',
    runtime: 'AuthorizationBroker never consults `authorizationEntries` for temporary destinations; without a temp entry DefaultAuthorizationMap returns no ACL and the check is skipped. With one, creating a temp queue needs admin ("User x is not authorized to create: temp-queue://..."), so request/reply breaks for users without it.',
    wrong: '<authorizationMap>\n  <authorizationEntries>...</authorizationEntries>\n</authorizationMap>',
    right: '<authorizationMap>\n  <authorizationEntries>...</authorizationEntries>\n  <tempDestinationAuthorizationEntry>\n    <tempDestinationAuthorizationEntry read="users" write="users" admin="users"/>\n  </tempDestinationAuthorizationEntry>\n</authorizationMap>',
    fix: 'Add a tempDestinationAuthorizationEntry granting the groups that use request/reply (quick fix: all users\' groups).',
  },
  check({ doc }) {
    const map = doc.model.authorization.find((a) => a.map)?.map;
    if (!map) return [];
    if (!map.tempEntry) {
      return [{ span: map.element.nameSpan, message: 'No tempDestinationAuthorizationEntry: every authenticated user may create, read and write any temporary destination, since temporary destinations ignore authorizationEntries.' } satisfies Finding];
    }
    if (doc.model.simpleAuthentication.length === 0) return [];
    const adminGroups = new Set((map.tempEntry.rights.admin?.items ?? []).map((t) => t.text));
    const lacking = effectiveUsers(doc.model).filter((u) => !adminGroups.has('*') && !(u.groups?.items ?? []).some((t) => adminGroups.has(t.text)));
    if (lacking.length === 0) return [];
    return [{
      span: map.tempEntry.element.nameSpan,
      message: `${listOf(lacking.map((u) => u.username!.text))} lack admin in the tempDestinationAuthorizationEntry, so they cannot create temporary destinations: request/reply fails for them ("not authorized to create: temp-queue://...").`,
    }];
  },
  fixes(finding, { doc }): Fix[] {
    const map = doc.model.authorization.find((a) => a.map)?.map;
    if (!map || map.tempEntry || map.element.nameSpan.start !== finding.span.start) return [];
    const groups = groupsOfAllUsers(doc.model).join(',');
    if (!groups) return [];
    const name = qualified(map.element, 'tempDestinationAuthorizationEntry');
    const lines = [`<${name}>`, `  <${name} read="${groups}" write="${groups}" admin="${groups}"/>`, `</${name}>`];
    return [{ title: `Add a tempDestinationAuthorizationEntry for ${groups}`, edits: [insertAsLastChildren(doc, map.element, lines)], preferred: true }];
  },
};

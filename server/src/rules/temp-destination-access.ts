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
    autofix: false,
  },
  check({ doc }) {
    const map = doc.model.authorization.find((a) => a.map)?.map;
    if (!map) return [];
    if (!map.tempEntry) {
      return [{ span: map.element.nameSpan, message: 'No tempDestinationAuthorizationEntry: every authenticated user may create, read and write ' +
        'any temporary destination, since temporary destinations ignore authorizationEntries.' } satisfies Finding];
    }
    if (doc.model.simpleAuthentication.length === 0) return [];
    const adminGroups = new Set(map.tempEntry.rights.admin?.names ?? []);
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

// no-authorization: users log in, but nothing limits what they may do.
import { insertAfter } from '../base/edits';
import { groupsOfAllUsers } from './support/model';
import type { AuthenticationPlugin } from '../model/types';
import type { Finding, Fix, Rule } from './types';

export const noAuthorization: Rule = {
  id: 'no-authorization',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'Authentication without an authorizationPlugin: every user who logs in may do everything.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const { model } = doc;
    if (model.authorization.length > 0) return [];
    // A simpleAuthenticationPlugin without users lets nobody log in: with anonymous access, anonymous-access
    // reports that anonymous clients may then do everything; without it, no-users reports that nobody gets in.
    const withoutUsers = (a: AuthenticationPlugin) =>
      a.kind === 'simple' && model.simpleAuthentication.some((s) => s.element === a.element && !s.users.some((u) => u.username));
    const anonymousToo = model.simpleAuthentication.some((s) => s.anonymousAccessAllowed);
    return model.authentication
      .filter((a) => a.kind !== 'spring-bean' && !withoutUsers(a))
      .slice(0, 1)
      .map((a): Finding => ({
        span: a.element.nameSpan,
        message: `${anonymousToo ? 'Users log in (anonymous clients may too)' : 'Users must log in'}, but no authorizationPlugin limits them: every user who logs in may read, write, create and delete every destination.`,
      }));
  },
  fixes(finding, { doc }): Fix[] {
    const plugin = doc.model.authentication.find((a) => a.element.nameSpan.start === finding.span.start);
    if (!plugin) return [];
    const groups = groupsOfAllUsers(doc.model);
    const admins = groups.includes('admins') ? 'admins' : groups[0] ?? 'admins';
    const all = groups.length ? groups.join(',') : admins;
    const p = plugin.element.prefix ? `${plugin.element.prefix}:` : '';
    const entry = (attrs: string) => `        <${p}authorizationEntry ${attrs}/>`;
    const lines = [
      `<${p}authorizationPlugin>`,
      `  <${p}map>`,
      `    <${p}authorizationMap>`,
      `      <${p}authorizationEntries>`,
      entry(`queue=">" read="${admins}" write="${admins}" admin="${admins}"`),
      entry(`topic=">" read="${admins}" write="${admins}" admin="${admins}"`),
      entry(`topic="ActiveMQ.Advisory.>" read="${all}" write="${all}" admin="${all}"`),
      `      </${p}authorizationEntries>`,
      `      <${p}tempDestinationAuthorizationEntry>`,
      `        <${p}tempDestinationAuthorizationEntry read="${all}" write="${all}" admin="${all}"/>`,
      `      </${p}tempDestinationAuthorizationEntry>`,
      `    </${p}authorizationMap>`,
      `  </${p}map>`,
      `</${p}authorizationPlugin>`,
    ];
    return [{ title: 'Insert an authorizationPlugin with the documented entries', edits: [insertAfter(doc, plugin.element, lines)], preferred: true }];
  },
};

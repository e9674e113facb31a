// no-authentication: an authorizationPlugin with no authentication plugin at all.
import { insertBefore } from '../base/edits';
import type { Finding, Fix, Rule } from './types';

export const noAuthentication: Rule = {
  id: 'no-authentication',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An authorizationPlugin without any authentication plugin: every operation fails with "User is not authenticated."',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    if (doc.model.authentication.length > 0) return [];
    return doc.model.authorization.map((plugin): Finding => ({
      span: plugin.element.nameSpan,
      message: 'Authorization without authentication: no plugin logs users in, so ActiveMQ refuses every consumer, producer and destination with "User is not authenticated."',
    }));
  },
  fixes(finding, { doc }): Fix[] {
    const plugin = doc.model.authorization.find((p) => p.element.nameSpan.start === finding.span.start);
    if (!plugin) return [];
    const p = plugin.element.prefix ? `${plugin.element.prefix}:` : '';
    const lines = [
      `<${p}simpleAuthenticationPlugin>`,
      `  <${p}users>`,
      `    <${p}authenticationUser username="admin" password="\${admin.password}" groups="admins"/>`,
      `  </${p}users>`,
      `</${p}simpleAuthenticationPlugin>`,
    ];
    return [{ title: 'Insert a simpleAuthenticationPlugin before the authorizationPlugin', edits: [insertBefore(doc, plugin.element, lines)], preferred: true }];
  },
};

// weak-password: passwords shipped in documentation, equal to the username, or empty.
import { resolvePlaceholder } from './support/credentials';
import type { Finding, Rule } from './types';

/** Passwords that ActiveMQ's distribution and guides ship, and their usual neighbours. */
export const WELL_KNOWN_PASSWORDS = new Set(['manager', 'password', 'admin', 'secret', 'activemq', 'guest', 'user', 'changeit', 'changeme', 'system', 'test', '123456', 'marionette']);

export const weakPassword: Rule = {
  id: 'weak-password',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A password that documentation ships, equal to the username, or empty.',
  docs: {
    catches: 'An `authenticationUser` password that is well known (`manager`, `password`, `admin`, `secret`, `activemq`, ...), equals the username, or is empty — also when it comes from `credentials.properties` beside the config through a `${...}` placeholder.',
    runtime: 'ActiveMQ accepts any password; these are the first ones anybody tries (the distribution ships system/manager and guest/password in credentials.properties).',
    wrong: '<authenticationUser username="system" password="manager" groups="admins"/>',
    right: '<authenticationUser username="system" password="${activemq.password}" groups="admins"/>  <!-- a generated secret in credentials.properties -->',
    fix: 'Use a long random password, kept in credentials.properties (or an encrypted one) and referenced with a placeholder.',
  },
  check({ doc, files }) {
    const findings: Finding[] = [];
    for (const user of doc.model.users) {
      if (!user.password || !user.username) continue;
      const resolved = resolvePlaceholder(user.password.text, files);
      const password = resolved ? resolved.value : user.password.text;
      if (!resolved && /\$\{/.test(password)) continue;
      const where = resolved ? ` (its value in ${resolved.from})` : '';
      let problem: string | undefined;
      if (password === '') problem = 'is empty';
      else if (password === user.username.text) problem = 'equals the username';
      else if (WELL_KNOWN_PASSWORDS.has(password.toLowerCase())) problem = `is "${password}", a password that documentation and distributions ship`;
      if (problem) findings.push({ span: user.password.span, message: `The password of \`${user.username.text}\`${where} ${problem}: it is among the first anybody tries.` });
    }
    return findings;
  },
};

// weak-password: passwords shipped in documentation, equal to the username, or empty.
import { attribute } from '../parser/xmlTree';
import type { ParsedDocument } from '../model/parsedDocument';
import { textOf, type FileAccess } from '../base/files';
import { resolveConfigPath } from '../base/configPaths';
import { rangeIn } from '../base/textRange';
import { credentialsBeside, resolvePlaceholder, type CredentialsFile } from './support/credentials';
import { WELL_KNOWN_PASSWORDS, weakJaasUsers, weakness } from './support/passwords';
import type { Finding, Rule, RuleContext } from './types';

export const weakPassword: Rule = {
  id: 'weak-password',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A password that documentation ships, equal to the username, or empty.',
  docs: {
    autofix: false,
  },
  check(context) {
    const { doc, files } = context;
    const credentials = credentialsBeside(files);
    const findings: Finding[] = [];
    for (const user of doc.model.users) {
      if (!user.password || !user.username) continue;
      const value = passwordValue(user.password.text, credentials);
      if (!value) continue;
      const { password, where } = value;
      const problem = weakness(password, user.username.text);
      if (problem) findings.push({ span: user.password.span, message: `The password of \`${user.username.text}\`${where} ${problem}: it is among the first anybody tries.` });
    }
    return [...findings, ...jaasFindings(doc, files), ...storeFindings(doc, credentials), ...jmxFindings(context)];
  },
};

/**
 * The JMX connector's password file (`role password` lines, as the JDK's jmxremote.password), named by a
 * managementContext environment entry; the distribution's conf/jmx.password ships `admin activemq`.
 */
function jmxFindings({ doc, files, settings }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of doc.tree.elements) {
    if (entry.localName !== 'entry' || attribute(entry, 'key')?.value !== 'jmx.remote.x.password.file') continue;
    const value = attribute(entry, 'value');
    const path = value && resolveConfigPath(value.value, files, settings, 'workingDirectory');
    const text = path ? textOf(files.read(path)) : undefined;
    if (!value || !path || text === undefined) continue;
    const name = path.replace(/.*\//, '');
    text.split(/\r?\n/).forEach((line, index) => {
      const [role, password] = line.trim().split(/\s+/);
      if (!role || role.startsWith('#') || password === undefined) return;
      const problem = weakness(password, role);
      if (problem) findings.push({ span: value.valueSpan, message: `${name} (line ${index + 1}), the JMX connector's password file, holds ` +
        `\`${role}\` whose password ${problem}: anyone who reaches the JMX port can try it.` });
    });
  }
  return findings;
}

/** The passwords that guard the broker's private key; a trust store holds public certificates (cacerts: changeit). */
const KEY_PASSWORDS = ['keyStorePassword', 'keyStoreKeyPassword'] as const;

/** sslContext key store passwords; the distribution's demo key store gets its own, stronger sentence. */
function storeFindings(doc: ParsedDocument, credentials: CredentialsFile): Finding[] {
  const findings: Finding[] = [];
  for (const ssl of doc.model.sslContexts) {
    for (const name of KEY_PASSWORDS) {
      const attr = attribute(ssl, name);
      if (!attr) continue;
      const value = passwordValue(attr.value, credentials);
      if (!value || !WELL_KNOWN_PASSWORDS.has(value.password.toLowerCase())) continue;
      const { password, where } = value;
      const store = attribute(ssl, 'keyStore')?.value ?? '';
      // The shipped conf/broker.ks opens with "password"; a broker.ks with another password is somebody's own.
      const demo = /(^|[\\/}])broker\.ks$/.test(store.trim()) && password === 'password';
      findings.push({
        span: attr.valueSpan,
        message: demo
          ? `${store.trim().replace(/.*[\\/}]/, '')} with the password "${password}"${where} is the demo store every ActiveMQ download ships: its ` +
            `private key is public, so anybody can impersonate this broker or read its TLS traffic. Generate a key pair of your own (keytool -genkeypair) with a long random password.`
          : `The ${name}${where} is "${password}", a password that documentation and distributions ship: it is among the first anybody tries on a stolen store.`,
      });
    }
  }
  return findings;
}

/** A password as written, or its value in credentials.properties; undefined for a placeholder this file cannot resolve. */
function passwordValue(text: string, credentials: CredentialsFile): { password: string; where: string } | undefined {
  const resolved = resolvePlaceholder(text, credentials);
  if (resolved) return { password: resolved.value, where: ` (its value in ${resolved.from})` };
  return /\$\{/.test(text) ? undefined : { password: text, where: '' };
}

/** The JAAS users file, reported on the plugin that reads it. */
function jaasFindings(doc: ParsedDocument, files: FileAccess): Finding[] {
  const plugin = doc.model.authentication.find((a) => a.kind === 'jaas' || a.kind === 'jaas-dual');
  const users = plugin && weakJaasUsers(files);
  if (!plugin || !users) return [];
  const configuration = attribute(plugin.element, 'configuration');
  const span = configuration ? configuration.valueSpan : plugin.element.nameSpan;
  return users.weak.map(({ entry, problem, related }) => {
    const line = rangeIn(users.text, entry.keySpan).start.line + 1;
    return { span, related, message: `${users.name} (line ${line}), the users file login.config gives this plugin, holds \`${entry.key}\` whose password ${problem}: it is among the first anybody tries.` };
  });
}

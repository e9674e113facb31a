// plaintext-password: a literal password in the config where a placeholder would keep it out of the file.
import { attribute, type XmlAttribute } from '../parser/xmlTree';
import { isPlaceholder } from './support/model';
import type { Finding, Fix, Rule, RuleContext } from './types';

interface PasswordData {
  key: string;
}

function passwordAttributes(doc: RuleContext['doc']): { attr: XmlAttribute; key: string }[] {
  const out: { attr: XmlAttribute; key: string }[] = [];
  for (const user of doc.model.users) {
    const attr = attribute(user.element, 'password');
    if (attr && user.username) out.push({ attr, key: `${keyPart(user.username.text, 'user')}.password` });
  }
  for (const c of doc.model.networkConnectors) {
    for (const name of ['password', 'remotePassword']) {
      const attr = attribute(c.element, name);
      if (attr) out.push({ attr, key: `${keyPart(c.name?.text, 'bridge')}.${name}` });
    }
  }
  for (const ssl of doc.model.sslContexts) {
    for (const name of ['keyStorePassword', 'trustStorePassword', 'keyStoreKeyPassword']) {
      const attr = attribute(ssl, name);
      if (attr) out.push({ attr, key: `ssl.${name}` });
    }
  }
  return out;
}

/** A name for the credentials.properties key; a placeholder (a template's name) makes no key. */
function keyPart(name: string | undefined, fallback: string): string {
  return name === undefined || isPlaceholder(name) ? fallback : name;
}

export const plaintextPassword: Rule = {
  id: 'plaintext-password',
  defaultSeverity: 'info',
  category: 'security',
  summary: 'A literal password in activemq.xml where a ${...} placeholder from credentials.properties would keep it out of the file.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const { attr, key } of passwordAttributes(doc)) {
      if (attr.value === '' || isPlaceholder(attr.value)) continue;
      findings.push({ span: attr.valueSpan, message: `A literal ${attr.name} in the file; \`\${${key}}\` with the value in credentials.properties keeps it out of activemq.xml.`, data: { key } satisfies PasswordData });
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as PasswordData | undefined;
    if (!data) return [];
    return [{ title: `Use \${${data.key}} (then add "${data.key}=..." to credentials.properties)`, edits: [{ span: finding.span, newText: `\${${data.key}}` }] }];
  },
};

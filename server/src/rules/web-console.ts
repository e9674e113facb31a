// web-console: the Jetty web console that activemq.xml imports (5.x / 6.x jetty.xml, 6.3's jetty-spring.xml) lets
// anybody in, or lets them in with the passwords the distribution ships (activemq-facts-broker.md section 8).
import { parseProperties } from '../parser/properties';
import { SPRING_BEANS_NAMESPACE } from '../model/types';
import { scanXml } from '../parser/scanner';
import { attributeValue, type XmlAttribute, type XmlElement } from '../parser/xmlTree';
import { resolveConfigPath } from '../base/configPaths';
import { textOf } from '../base/files';
import { hasPlaceholder } from '../transport';
import { isLoopback } from '../transport/hosts';
import { placeBeside } from './support/related';
import { weakJaasUsers, weakness } from './support/passwords';
import type { Finding, RelatedPlace, Rule, RuleContext } from './types';

const HASH_LOGIN_SERVICE = 'org.eclipse.jetty.security.HashLoginService';
const CONSTRAINT = 'org.eclipse.jetty.util.security.Constraint';
const CONSOLE_PORT = 'org.apache.activemq.web.WebConsolePort';
/** 6.0-6.2 jetty.xml's realm, and 6.3's jetty-spring.xml bean whose jetty/jetty-security.xml uses the same realm. */
const JAAS_REALMS = ['org.eclipse.jetty.jaas.JAASLoginService', 'org.apache.activemq.spring.jetty.JettyServerBean'];

interface JettyFile {
  path: string;
  text: string;
  beans: XmlElement[];
}

/** A Spring `<property name=... value=...>` of a bean, with the value's span in the jetty file. */
function property(bean: XmlElement, name: string): XmlAttribute | undefined {
  const element = bean.children.find((c) => c.localName === 'property' && attributeValue(c, 'name') === name);
  return element?.attributes.find((a) => a.name === 'value');
}

function beansOf(jetty: JettyFile, className: string): XmlElement[] {
  return jetty.beans.filter((b) => attributeValue(b, 'class') === className);
}

/** The files the config imports that set up Jetty (5.x and 6.0-6.2 `jetty.xml`, 6.3's `jetty-spring.xml`). */
function importedJettyFiles({ doc, files, settings }: RuleContext): { resource: XmlAttribute; jetty: JettyFile }[] {
  const found: { resource: XmlAttribute; jetty: JettyFile }[] = [];
  for (const element of doc.tree.elements) {
    if (element.localName !== 'import' || element.namespace !== SPRING_BEANS_NAMESPACE) continue;
    const resource = element.attributes.find((a) => a.name === 'resource');
    const path = resource && resolveConfigPath(resource.value, files, settings, 'document');
    // An imported Spring XML file is held to the document's own size limit.
    const text = path ? textOf(files.read(path, settings.maxFileSizeKB * 1024)) : undefined;
    if (!resource || !path || text === undefined || !/org\.eclipse\.jetty|JettyServerBean/.test(text)) continue;
    found.push({ resource, jetty: { path, text, beans: scanXml(text).elements.filter((e) => e.localName === 'bean') } });
  }
  return found;
}

/** Where the console listens, as the WebConsolePort bean says (5.x), for the messages. */
function listening(jetty: JettyFile): { where: string; open: boolean } {
  const port = beansOf(jetty, CONSOLE_PORT)[0];
  const host = port && property(port, 'host')?.value;
  const number = port && property(port, 'port')?.value;
  if (!host || hasPlaceholder(host)) return { where: `port ${number ?? 8161}`, open: true };
  return { where: `${host}:${number ?? 8161}`, open: !isLoopback(host.trim()) };
}

export const webConsole: Rule = {
  id: 'web-console',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'The imported Jetty web console needs no login, or logs in with passwords the distribution ships.',
  docs: {
    autofix: false,
  },
  check(context) {
    const findings: Finding[] = [];
    // One finding per import: every reason its console is open, with each place as a related one.
    for (const { resource, jetty } of importedJettyFiles(context)) {
      const { where, open } = listening(jetty);
      const reach = open ? `anybody who reaches ${where}` : `anybody on this machine (${where})`;
      const causes: string[] = [];
      const related: RelatedPlace[] = [];
      const noLogin = beansOf(jetty, CONSTRAINT).map((c) => property(c, 'authenticate')).filter((a): a is XmlAttribute => a?.value.trim() === 'false');
      if (noLogin.length > 0) {
        causes.push(`needs no login (authenticate=false in ${fileName(jetty.path)})`);
        for (const place of noLogin) related.push(...placeBeside(context.files, jetty.path, jetty.text, place.valueSpan, 'authenticate=false'));
      }
      const weak = [...realmWeaknesses(jetty, context), ...(JAAS_REALMS.some((realm) => beansOf(jetty, realm).length > 0) ? jaasWeaknesses(context) : [])];
      for (const source of [...new Set(weak.map((w) => w.source))]) {
        const users = weak.filter((w) => w.source === source);
        causes.push(`logs in ${source}, where ${users.map((w) => `\`${w.user}\`'s password ${w.problem}`).join(', ')}`);
        for (const w of users) related.push(...w.related);
      }
      if (causes.length === 0) continue;
      const consequence = noLogin.length > 0 ? 'can browse, send and delete messages and manage the broker' : `can try ${weak.length > 1 ? 'them' : 'it'}`;
      findings.push({ span: resource.valueSpan, message: `The web console this imports ${causes.join(', and ')}: ${reach} ${consequence}.`, related });
    }
    return findings;
  },
};

interface Weakness {
  /** Where the console reads the password from, for the message. */
  source: string;
  user: string;
  problem: string;
  related: RelatedPlace[];
}

function fileName(path: string): string {
  return path.replace(/.*\//, '');
}

/** 5.x: the HashLoginService realm file, whose lines are `user: password[, role ...]`; OBF:, MD5: and CRYPT: passwords are not judged. */
function realmWeaknesses(jetty: JettyFile, context: RuleContext): Weakness[] {
  const found: Weakness[] = [];
  for (const realm of beansOf(jetty, HASH_LOGIN_SERVICE)) {
    const config = property(realm, 'config');
    const path = config && resolveConfigPath(config.value, context.files, context.settings, 'workingDirectory');
    const text = path ? textOf(context.files.read(path)) : undefined;
    if (!path || text === undefined) continue;
    for (const entry of parseProperties(text).entries) {
      const password = entry.value.split(',')[0].trim();
      if (/^(OBF|MD5|CRYPT):/.test(password)) continue;
      const problem = weakness(password, entry.key);
      if (!problem) continue;
      found.push({ source: `from ${fileName(path)}`, user: entry.key, problem, related: placeBeside(context.files, path, text, entry.valueSpan, `the password of \`${entry.key}\``) });
    }
  }
  return found;
}

/** ActiveMQ 6's console logs in through JAAS: the users file of login.config, as JAAS's PropertiesLoginModule reads it. */
function jaasWeaknesses(context: RuleContext): Weakness[] {
  const users = weakJaasUsers(context.files);
  if (!users) return [];
  return users.weak.map(({ entry, problem, related }) => ({ source: `through JAAS (login.config → ${users.name})`, user: entry.key, problem, related }));
}

// plugin-placement: a security plugin outside <plugins>, the same plugin twice, or two <plugins> elements.
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import type { XmlElement } from '../parser/xmlTree';
import { lineOf } from './support/model';
import type { Finding, Rule } from './types';

const SECURITY_PLUGINS = new Set(['simpleAuthenticationPlugin', 'jaasAuthenticationPlugin', 'jaasCertificateAuthenticationPlugin', 'jaasDualAuthenticationPlugin', 'authorizationPlugin']);

export const pluginPlacement: Rule = {
  id: 'plugin-placement',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'A security plugin outside the broker\'s `<plugins>`, the same plugin twice, or two `<plugins>` elements.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const { model } = doc;
    const broker = model.broker;
    if (!broker) return [];
    const findings: Finding[] = [];
    const pluginsElements = broker.children.filter((c) => c.namespace === ACTIVEMQ_NAMESPACE && c.localName === 'plugins');
    for (const extra of pluginsElements.slice(1)) {
      findings.push({
        span: extra.nameSpan,
        message: `A second <plugins> (the first is at line ${lineOf(doc, pluginsElements[0].nameSpan)}): the broker's plugins property is set twice and the later one replaces the earlier, so those plugins are lost.`,
        related: [{ span: pluginsElements[0].nameSpan, message: 'the first <plugins>' }],
      });
    }
    const seen = new Map<string, XmlElement>();
    for (const element of model.activemqElements) {
      if (!SECURITY_PLUGINS.has(element.localName)) continue;
      const parent = element.parent;
      const grand = parent?.parent;
      // A file may hold several brokers (a network test, say); each has its own <plugins>.
      if (!(parent && parent.localName === 'plugins' && parent.namespace === ACTIVEMQ_NAMESPACE && grand?.localName === 'broker' && grand.namespace === ACTIVEMQ_NAMESPACE)) {
        findings.push({ span: element.nameSpan, message: `<${element.localName}> must stand directly in the broker's <plugins>; here ActiveMQ's ` +
          `schema validation rejects the file at start-up and the plugin never runs.` });
        continue;
      }
      const key = `${grand.index}:${element.localName}`;
      const earlier = seen.get(key);
      if (earlier) {
        findings.push({
          span: element.nameSpan,
          message: `<${element.localName}> appears twice (also at line ${lineOf(doc, earlier.nameSpan)}): both are installed and chained, so one ` +
            `of them decides and the other's users or entries do not do what they look like.`,
          related: [{ span: earlier.nameSpan, message: 'the other one' }],
        });
      } else seen.set(key, element);
    }
    return findings;
  },
};

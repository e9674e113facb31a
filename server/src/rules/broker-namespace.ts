// broker-namespace: a `<broker>` without ActiveMQ's namespace, as documentation snippets show it. The rest of the
// file is analysed as if the namespace were there (model/bareBroker.ts); this rule says that it is not.
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import type { Fix, Rule } from './types';

const DECLARATION = ` xmlns="${ACTIVEMQ_NAMESPACE}"`;

export const brokerNamespace: Rule = {
  id: 'broker-namespace',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A `<broker>` without xmlns="http://activemq.apache.org/schema/core": ActiveMQ will not load it.',
  docs: {
    catches: 'A root `<broker>`, or a `<broker>` under the root, that declares no namespace, so that it is in no namespace or in Spring\'s beans namespace, as documentation pages print it (Alfresco\'s "Configure ActiveMQ" page among them). The rest of the file is analysed as if the namespace were declared, so its other mistakes are reported too.',
    runtime: 'ActiveMQ reads activemq.xml with Spring (XBean): only an element in the namespace http://activemq.apache.org/schema/core is handed to ActiveMQ\'s parser, which builds the BrokerService. Outside it, `broker` is no element Spring knows; the XML schema validation fails and the broker does not start (XmlBeanDefinitionStoreException).',
    wrong: '<broker brokerName="localhost">\n  <plugins>...</plugins>\n</broker>',
    right: '<broker xmlns="http://activemq.apache.org/schema/core" brokerName="localhost">\n  <plugins>...</plugins>\n</broker>',
    fix: 'Declare the namespace on `<broker>` (the quick fix adds it).',
    autofix: 'Adds xmlns="http://activemq.apache.org/schema/core" to the `<broker>` start tag: the only namespace ActiveMQ reads a broker in.',
  },
  check({ doc }) {
    const broker = doc.bareBroker;
    if (!broker) return [];
    return [{
      span: broker.nameSpan,
      message: `This <broker> declares no namespace: ActiveMQ will not load it without xmlns="${ACTIVEMQ_NAMESPACE}". The rest of the file is checked as if it had it.`,
    }];
  },
  fixes(finding): Fix[] {
    return [{ title: `Add xmlns="${ACTIVEMQ_NAMESPACE}"`, edits: [{ span: { start: finding.span.end, end: finding.span.end }, newText: DECLARATION }], preferred: true, autofix: true }];
  },
};

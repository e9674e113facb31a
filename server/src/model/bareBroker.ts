// A `<broker>` written without ActiveMQ's namespace, as documentation pages show it (Alfresco's, for one). Spring
// will not load it: the element is in no namespace, or in Spring's beans namespace, where no parser knows `broker`.
// It is still plainly a broker config, so it is analysed as if it carried
// xmlns="http://activemq.apache.org/schema/core", and the rule broker-namespace says that it does not.
import { attribute, type XmlElement, type XmlTree } from '../parser/xmlTree';
import { ACTIVEMQ_NAMESPACE, SPRING_BEANS_NAMESPACE } from './types';

/** Elements and attributes only ActiveMQ's broker has: a `<broker>` with none of them is some other product's. */
const BROKER_CHILDREN = new Set([
  'plugins', 'transportConnectors', 'networkConnectors', 'persistenceAdapter', 'destinationPolicy', 'systemUsage',
  'managementContext', 'sslContext', 'destinations', 'destinationInterceptors', 'shutdownHooks',
]);
const BROKER_ATTRIBUTES = ['brokerName', 'useJmx', 'dataDirectory', 'persistent', 'schedulerSupport'];

/** A text the service may have to analyse: it names ActiveMQ's namespace, or it has a `<broker>` start tag. */
export function mayHoldBroker(text: string): boolean {
  return text.includes(ACTIVEMQ_NAMESPACE) || /<broker[\s>/]/.test(text);
}

/**
 * The root or child `<broker>` that lacks ActiveMQ's namespace, when the document has no namespaced broker; it and
 * the elements that inherit its namespace are moved into ActiveMQ's namespace in the tree, so that every rule
 * reads it as the broker it was meant to be.
 */
export function adoptBareBroker(tree: XmlTree): XmlElement | undefined {
  if (tree.elements.some((e) => e.localName === 'broker' && e.namespace === ACTIVEMQ_NAMESPACE)) return undefined;
  const candidates = tree.roots.flatMap((root) => [root, ...root.children]);
  const broker = candidates.find(isBareBroker);
  if (!broker) return undefined;
  const inherited = broker.namespace;
  const adopt = (element: XmlElement) => {
    if (element.namespace !== inherited || element.prefix !== '') return;
    element.namespace = ACTIVEMQ_NAMESPACE;
    element.children.forEach(adopt);
  };
  adopt(broker);
  return broker;
}

function isBareBroker(element: XmlElement): boolean {
  if (element.localName !== 'broker' || element.prefix !== '' || attribute(element, 'xmlns')) return false;
  if (element.namespace !== '' && element.namespace !== SPRING_BEANS_NAMESPACE) return false;
  return element.children.some((c) => BROKER_CHILDREN.has(c.localName)) || BROKER_ATTRIBUTES.some((name) => attribute(element, name));
}

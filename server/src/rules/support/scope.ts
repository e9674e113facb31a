// The security-relevant part of a broker, walked the way XBean reads it: below a bean element stand its property
// elements, below a property element stand bean elements, alternating. Elements of other namespaces (Spring
// beans) end the walk: what they hold is Spring's business.
import { ACTIVEMQ_NAMESPACE } from '../../model/types';
import type { XmlElement } from '../../parser/xmlTree';

export const SECURITY_PROPERTIES = new Set(['plugins', 'transportConnectors', 'networkConnectors', 'sslContext']);

export interface ScopedElement {
  element: XmlElement;
  /** A property wrapper (`<plugins>`, `<map>`) or a bean (`<authorizationPlugin>`). */
  role: 'property' | 'bean';
  /** For a property: the bean it belongs to; for a bean: the property it stands in. */
  owner: XmlElement;
}

export function securityScope(broker: XmlElement): ScopedElement[] {
  const out: ScopedElement[] = [];
  const walk = (element: XmlElement, role: 'property' | 'bean', owner: XmlElement) => {
    out.push({ element, role, owner });
    for (const child of element.children) {
      if (child.namespace !== ACTIVEMQ_NAMESPACE) continue;
      walk(child, role === 'bean' ? 'property' : 'bean', element);
    }
  };
  for (const child of broker.children) {
    if (child.namespace === ACTIVEMQ_NAMESPACE && SECURITY_PROPERTIES.has(child.localName)) walk(child, 'property', broker);
  }
  return out;
}

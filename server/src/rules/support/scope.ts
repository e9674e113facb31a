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

/** Per broker element (one per parse), its scope: more than one rule walks it. */
const scopes = new WeakMap<XmlElement, readonly ScopedElement[]>();

/** The scope in document order. A walk with its own stack: a hostile file nests elements 100,000 deep. */
export function securityScope(broker: XmlElement): readonly ScopedElement[] {
  let scope = scopes.get(broker);
  if (!scope) scopes.set(broker, (scope = walkScope(broker)));
  return scope;
}

function walkScope(broker: XmlElement): ScopedElement[] {
  const out: ScopedElement[] = [];
  const pending: ScopedElement[] = [];
  for (let i = broker.children.length - 1; i >= 0; i--) {
    const child = broker.children[i];
    if (child.namespace === ACTIVEMQ_NAMESPACE && SECURITY_PROPERTIES.has(child.localName)) pending.push({ element: child, role: 'property', owner: broker });
  }
  for (let next = pending.pop(); next; next = pending.pop()) {
    out.push(next);
    const { element, role } = next;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child.namespace === ACTIVEMQ_NAMESPACE) pending.push({ element: child, role: role === 'bean' ? 'property' : 'bean', owner: element });
    }
  }
  return out;
}

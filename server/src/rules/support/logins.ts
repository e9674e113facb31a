// Whether clients of this broker send a username and password, as far as the file shows: what makes a plain-text
// transport leak credentials (insecure-transport) and what no-authorization says about who gets in.
import type { AuthenticationPlugin, SecurityModel } from '../../model/types';
import { attributeValue, type XmlElement } from '../../parser/xmlTree';

/** Property or constructor-arg names of a custom plugin bean that show it checks passwords (or a JAAS login). */
const PASSWORD_CHECK = /passw|credential|^users$|userDetails|login|jaas|realm|ldap|^ini(Config)?$/i;

function names(element: XmlElement): string[] {
  const own = ['property', 'constructor-arg'].includes(element.localName) ? [attributeValue(element, 'name') ?? ''] : [];
  return [...own, ...element.children.flatMap(names)];
}

/** The beans a bean refers to by `ref=` (one level), found by id among the document's elements. */
function referencedBeans(bean: XmlElement, all: readonly XmlElement[]): XmlElement[] {
  const refs = new Set<string>();
  const visit = (e: XmlElement) => {
    const ref = attributeValue(e, 'ref') ?? (e.localName === 'ref' ? attributeValue(e, 'bean') : undefined);
    if (ref) refs.add(ref);
    e.children.forEach(visit);
  };
  visit(bean);
  return all.filter((e) => e.localName === 'bean' && refs.has(attributeValue(e, 'id') ?? ''));
}

/**
 * A custom authentication plugin bean checks passwords when its class names JAAS or its properties (or those of
 * the beans it refers to) name passwords, users, a login or a realm. A bean that shows none of this may well
 * authenticate by token or certificate: no finding rests on a guess.
 */
function beanChecksPasswords(plugin: AuthenticationPlugin, all: readonly XmlElement[]): boolean {
  const beans = [plugin.element, ...referencedBeans(plugin.element, all)];
  return /jaas/i.test(attributeValue(plugin.element, 'class') ?? '') || beans.some((b) => names(b).some((n) => PASSWORD_CHECK.test(n)));
}

/**
 * How clients log in with a password (for messages), or undefined when nobody does: a simpleAuthenticationPlugin
 * without users lets in anonymous connections only (or nobody), and jaasCertificateAuthenticationPlugin reads
 * certificates (JaasCertificateAuthenticationBroker), so neither sends a password.
 */
export function passwordLogin(model: SecurityModel, elements: readonly XmlElement[]): string | undefined {
  for (const plugin of model.authentication) {
    switch (plugin.kind) {
      case 'simple':
        if (model.users.some((u) => u.plugin === plugin.element && u.username)) return 'simpleAuthenticationPlugin users';
        break;
      case 'jaas':
      case 'jaas-dual':
        // JaasDualAuthenticationBroker uses the password `configuration` on every connection that is not TLS.
        return plugin.element.localName;
      case 'spring-bean':
        if (beanChecksPasswords(plugin, elements)) return 'an authentication plugin bean that checks passwords';
        break;
      default:
        break;
    }
  }
  return undefined;
}


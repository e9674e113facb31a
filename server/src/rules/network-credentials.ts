// network-credentials: a network connector between brokers of this same config that require a login, without
// credentials for the bridge.
import { attribute } from '../parser/xmlTree';
import { loginRequirement } from '../clientApps/brokerLogin';
import { connectorUris } from '../transport/connectorUris';
import { PEER_LIST_SCHEMES } from './support/bridgeCredentials';
import type { Finding, Rule } from './types';


function has(element: Parameters<typeof attribute>[0], name: string): boolean {
  return (attribute(element, name)?.value ?? '') !== '';
}

export const networkCredentials: Rule = {
  id: 'network-credentials',
  defaultSeverity: 'warning',
  category: 'transport',
  summary: 'A network connector between brokers that require a login has no userName/password for the bridge.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const requirement = loginRequirement(doc.model);
    if (!requirement) return [];
    const findings: Finding[] = [];
    for (const parsed of connectorUris(doc.model.networkConnectors)) {
      if (!PEER_LIST_SCHEMES.has(parsed.uri.scheme?.text.toLowerCase() ?? '')) continue;
      const element = parsed.connector.element;
      const local = has(element, 'userName') && has(element, 'password');
      const remote = has(element, 'remoteUserName') && has(element, 'remotePassword');
      if (local || remote) continue;
      const missing = has(element, 'userName') || has(element, 'remoteUserName') ? 'password' : 'userName and password';
      findings.push({
        span: element.nameSpan,
        message: `This network bridge has no ${missing}, but the brokers of this config require a login (${requirement}): the bridge is refused ` +
          `with "User name [null] or password is invalid." and forwards nothing. Add userName and password of a broker user; with authorization ` +
            `on, that user needs read, write and admin on ActiveMQ.Advisory.Consumer.> and ActiveMQ.Advisory.VirtualDestination.Consumer.> and on the destinations it forwards.`,
      });
    }
    return findings;
  },
};

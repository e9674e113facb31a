// insecure-transport: passwords cross the network in clear text.
import { connectorUris } from '../transport/connectorUris';
import { listensBeyondThisMachine } from '../transport/hosts';
import { tlsForm } from '../transport/schemes';
import { bridgesInClear } from './support/bridgeCredentials';
import { passwordLogin } from './support/logins';
import type { Finding, Rule } from './types';

export const insecureTransport: Rule = {
  id: 'insecure-transport',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'Users log in with passwords, yet a connector listens without TLS on a non-loopback address; or a network bridge sends its credentials without TLS.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = bridgesInClear(doc.model).map((bridge) => ({
      span: bridge.span,
      related: bridge.related,
      message: bridge.discovery
        ? `This network bridge sends its ${bridge.credentials} to the brokers ${bridge.discovery} discovery finds, over the connectors they advertise, and this config advertises ${bridge.scheme}:// without TLS: they cross the network in clear text. Advertise a ${bridge.secure}:// connector instead.`
        : `This network bridge sends its ${bridge.credentials} to the remote broker over ${bridge.scheme}:// without TLS: they cross the network in clear text. Use ${bridge.secure}:// (the remote broker must then listen with a transport connector of that scheme).`,
    }));
    const login = passwordLogin(doc.model, doc.tree.elements);
    if (!login) return findings;
    for (const parsed of connectorUris(doc.model.transportConnectors)) {
      const { uri: { scheme }, schemeInfo: info } = parsed;
      if (!scheme || !info || info.tls || !info.bindable) continue;
      // vm:// never leaves the JVM; udp and multicast have no TLS form, and nothing to suggest.
      const secure = tlsForm(info.scheme);
      if (!secure || !listensBeyondThisMachine(parsed.uri)) continue;
      const host = parsed.uri.host?.text ?? '';
      findings.push({
        span: parsed.toDocument(scheme.span),
        message: `Clients send passwords to log in (${login}), but this ${scheme.text}:// connector listens without TLS on ${host || 'every interface'}: their passwords cross the network in clear text. Use the TLS form (${secure}://) or bind to 127.0.0.1.`,
      });
    }
    return findings;
  },
};

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
    catches: 'While clients log in with passwords (a simpleAuthenticationPlugin with users, a JAAS or JAAS dual plugin, or a plugin bean whose properties name passwords, users or a login), a `transportConnector` whose scheme is not TLS (`tcp`, `nio`, `auto`, `stomp`, `mqtt`, `amqp`, `ws`, `http`, ...) bound to anything but a loopback address. Not reported when nobody sends a password: a simpleAuthenticationPlugin without users (anonymous connections only), or jaasCertificateAuthenticationPlugin alone. Also a `networkConnector` with `userName`/`password` (or `remoteUserName`/`remotePassword`) whose `static:(...)` list names a plain transport to another machine, or whose multicast/zeroconf discovery finds the plain connectors this config advertises (`discoveryUri`).',
    runtime: 'Clients send their username and password in the connection\'s first frame; over a plain-text transport anybody on the network path can read them. A network bridge (DemandForwardingBridgeSupport) logs in to the remote broker the same way, with remoteUserName/remotePassword or else userName/password, over the URI its discovery agent hands it. Each plain scheme has its TLS form in ActiveMQ\'s transport registry (META-INF/services/org/apache/activemq/transport): `tcp` → `ssl`, `nio` → `nio+ssl`, `auto` → `auto+ssl`, `auto+nio` → `auto+nio+ssl`, `stomp`/`mqtt`/`amqp` → `+ssl` (and their `+nio` forms → `+nio+ssl`), `http` → `https`, `ws` → `wss`.',
    wrong: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>',
    right: '<transportConnector name="openwire" uri="ssl://0.0.0.0:61617?transport.needClientAuth=false"/>',
    fix: 'Use the TLS form of the scheme (the message names it) with an sslContext, or bind plain transports to 127.0.0.1 only.',
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

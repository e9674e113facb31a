// insecure-transport: passwords cross the network in clear text.
import { connectorUris } from '../transport/connectorUris';
import { listensBeyondThisMachine } from '../transport/hosts';
import { authenticationOn } from './support/model';
import type { Finding, Rule } from './types';

export const insecureTransport: Rule = {
  id: 'insecure-transport',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'Authentication is on, yet a connector listens without TLS on a non-loopback address.',
  docs: {
    catches: 'With an authentication plugin, a `transportConnector` whose scheme is not TLS (`tcp`, `nio`, `auto`, `stomp`, `mqtt`, `amqp`, `ws`, `http`, ...) bound to anything but a loopback address.',
    runtime: 'Clients send their username and password in the connection\'s first frame; over a plain-text transport anybody on the network path can read them. TLS schemes are `ssl`, `nio+ssl`, `auto+ssl`, `auto+nio+ssl`, `stomp+ssl`, `mqtt+ssl`, `amqp+ssl` (and their +nio forms), `https`, `wss`.',
    wrong: '<transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>',
    right: '<transportConnector name="openwire" uri="ssl://0.0.0.0:61617?transport.needClientAuth=false"/>',
    fix: 'Use the `+ssl` / `ssl` form of the scheme with an sslContext, or bind plain transports to 127.0.0.1 only.',
  },
  check({ doc }) {
    if (!authenticationOn(doc.model)) return [];
    const findings: Finding[] = [];
    for (const parsed of connectorUris(doc.model.transportConnectors)) {
      const { uri: { scheme }, schemeInfo: info } = parsed;
      if (!scheme || !info || info.tls || !info.bindable || ['vm', 'udp', 'multicast'].includes(info.scheme)) continue;
      if (!listensBeyondThisMachine(parsed.uri)) continue;
      const host = parsed.uri.host?.text ?? '';
      findings.push({
        span: parsed.toDocument(scheme.span),
        message: `Users must log in, but this ${scheme.text}:// connector listens without TLS on ${host || 'every interface'}: their passwords cross the network in clear text. Use the TLS form (${info.scheme === 'tcp' || info.scheme === 'nio' ? 'ssl' : `${info.scheme.split('+')[0]}+ssl`}) or bind to 127.0.0.1.`,
      });
    }
    return findings;
  },
};

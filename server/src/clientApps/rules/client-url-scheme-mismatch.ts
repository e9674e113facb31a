// client-url-scheme-mismatch: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { speaksTls } from '../clientUrl';

export const clientUrlSchemeMismatch: Rule = {
  id: 'client-url-scheme-mismatch',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client reaches a port of the broker with the other flavour (TLS against plain text, or the reverse).',
  docs: {
    catches: 'The port of the client\'s URL is served by a transport connector of the broker, but with the other flavour: an `ssl://` client against a `tcp://` connector, or a plain-text client against an `ssl://` one. Said only when no broker of a failover list is served.',
    runtime: 'A TLS handshake that meets a plain-text port (or plain OpenWire that meets a TLS port) fails: the connection is dropped and the client keeps retrying.',
    wrong: 'messaging.broker.url=failover:(ssl://mq1:61616)   <!-- activemq.xml: tcp://0.0.0.0:61616 -->',
    right: 'messaging.broker.url=failover:(ssl://mq1:61617)   <!-- activemq.xml: ssl://0.0.0.0:61617 -->',
    fix: 'Use the scheme of the connector on that port, or the port of a connector with the client\'s scheme.',
  },
  checkClient({ url, connectors }) {
    const match = connectors();
    if (!match) return [];
    return match.unserved.filter(({ onPort }) => onPort.length > 0).map(({ target, scheme, port, onPort }) => ({
      span: url()!.toFile(target.scheme!.span),
      message: `Port ${port} of the broker is a ${onPort[0].scheme}:// connector, but this client connects with ${scheme}://: ${speaksTls(scheme) ? 'its TLS handshake meets a plain-text port' : 'its plain-text connection meets a TLS port'} and the connection fails. The broker serves ${match.available}.`,
    }));
  },
};

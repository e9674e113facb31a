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
    autofix: false,
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

// client-url-scheme-mismatch: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlSchemeMismatch: Rule = {
  id: 'client-url-scheme-mismatch',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client reaches a port of the broker with the other flavour (TLS against plain text, or the reverse).',
  docs: {
    autofix: false,
  },
};

// client-url-syntax: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlSyntax: Rule = {
  id: 'client-url-syntax',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client\'s broker URL is not one ActiveMQ reads as meant.',
  docs: {
    autofix: false,
  },
};

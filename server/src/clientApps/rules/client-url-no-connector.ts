// client-url-no-connector: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlNoConnector: Rule = {
  id: 'client-url-no-connector',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'No transport connector of the broker listens on the port the client connects to.',
  docs: {
    autofix: false,
  },
};

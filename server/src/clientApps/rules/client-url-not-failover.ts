// client-url-not-failover: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlNotFailover: Rule = {
  id: 'client-url-not-failover',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client connects to one broker directly instead of through the failover transport its guide requires.',
  docs: {
    autofix: false,
  },
};

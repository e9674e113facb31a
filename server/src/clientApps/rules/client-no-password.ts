// client-no-password: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientNoPassword: Rule = {
  id: 'client-no-password',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client sets a username but no password.',
  docs: {
    autofix: false,
  },
};

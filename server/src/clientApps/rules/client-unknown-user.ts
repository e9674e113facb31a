// client-unknown-user: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUnknownUser: Rule = {
  id: 'client-unknown-user',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client logs in as a user the broker does not define.',
  docs: {
    autofix: false,
  },
};

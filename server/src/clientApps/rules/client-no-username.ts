// client-no-username: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientNoUsername: Rule = {
  id: 'client-no-username',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The broker requires a login and the client\'s username is not set.',
  docs: {
    autofix: false,
  },
};

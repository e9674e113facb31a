// client-wrong-password: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientWrongPassword: Rule = {
  id: 'client-wrong-password',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client\'s password differs from the one the broker sets for its user.',
  docs: {
    autofix: false,
  },
};

// client-missing-rights: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientMissingRights: Rule = {
  id: 'client-missing-rights',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client\'s user lacks a right one of its message flows needs.',
  docs: {
    autofix: false,
  },
};

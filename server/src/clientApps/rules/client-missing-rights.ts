// client-missing-rights: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientMissingRights: Rule = {
  id: 'client-missing-rights',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client\'s user lacks a right one of its message flows needs.',
  docs: {
    catches: 'The login\'s user lacks, through its groups, a right that one of the product\'s message flows needs (the repository writes and creates its event topic, a module reads and creates its virtual-topic queue, every JMS client reads the temporary-destination advisory topics), computed with the same permission engine as `--who-can`.',
    runtime: 'AuthorizationBroker refuses the operation with a JMSSecurityException (`User <user> is not authorized to write to: topic://...`, or `... to create: ...`), so events never arrive, or the connection fails on the advisory subscription.',
    wrong: '<authorizationEntry topic="VirtualTopic.>" read="admins" write="admins" admin="admins"/>   <!-- alfresco is in group users -->',
    right: '<authorizationEntry topic="VirtualTopic.alfresco.>" read="users" write="users" admin="users"/>',
    fix: 'Grant the missing rights to one of the user\'s groups on the destination the message names.',
  },
};

// client-url-not-failover: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlNotFailover: Rule = {
  id: 'client-url-not-failover',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client connects to one broker directly instead of through the failover transport its guide requires.',
  docs: {
    catches: 'A client whose product guide requires the failover transport (Alfresco\'s "Configure ActiveMQ > Clustering") connects with `tcp:`, `ssl:` or another direct scheme.',
    runtime: 'A direct transport gives up on the first broker restart or network glitch; FailoverTransport reconnects and resends.',
    wrong: 'messaging.broker.url=tcp://mq1:61616',
    right: 'messaging.broker.url=failover:(tcp://mq1:61616)?timeout=3000',
    fix: 'Wrap the URL in `failover:(...)`; the quick fix does so when the URL has no options.',
  },
};

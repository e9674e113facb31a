// client-url-no-connector: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';

export const clientUrlNoConnector: Rule = {
  id: 'client-url-no-connector',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'No transport connector of the broker listens on the port the client connects to.',
  docs: {
    catches: 'The client\'s URL names a port on which no transport connector of the broker config listens (said only when no broker of a failover list is served, since the others may be brokers with configs of their own, and never when a connector\'s port is a placeholder).',
    runtime: 'The connection is refused; with failover the client retries for ever and the product waits without messaging.',
    wrong: 'messaging.broker.url=failover:(tcp://mq1:61617)   <!-- activemq.xml: tcp://0.0.0.0:61616 -->',
    right: 'messaging.broker.url=failover:(tcp://mq1:61616)',
    fix: 'Use the port of one of the broker\'s transport connectors (the message lists them), or add a connector there.',
  },
  checkClient({ url, connectors }) {
    const match = connectors();
    if (!match) return [];
    return match.unserved.filter(({ onPort }) => onPort.length === 0).map(({ target, port }) => ({
      span: url()!.toFile(target.port!.span),
      message: `No transport connector of the broker listens on port ${port}; the broker serves ${match.available}.`,
    }));
  },
};

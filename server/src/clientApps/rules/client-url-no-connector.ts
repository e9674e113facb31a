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
  checkClient({ url, connectors }) {
    const match = connectors();
    if (!match) return [];
    return match.unserved.filter(({ onPort }) => onPort.length === 0).map(({ target, port }) => ({
      span: url()!.toFile(target.port!.span),
      message: `No transport connector of the broker listens on port ${port}; the broker serves ${match.available}.`,
    }));
  },
};

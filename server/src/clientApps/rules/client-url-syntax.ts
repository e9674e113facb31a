// client-url-syntax: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { checkTransportUri } from '../../transport';

export const clientUrlSyntax: Rule = {
  id: 'client-url-syntax',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client\'s broker URL is not one ActiveMQ reads as meant.',
  docs: {
    catches: 'In a client\'s `messaging.broker.url` (alfresco-global.properties): an unknown scheme, unbalanced parentheses, options after a list without parentheses (they go to the last broker only), or failover options that do not exist (`backOffMultiplier` is `reconnectDelayExponent` for failover). The same URI checks as the rule `transport-uri`, read as a client reads them; an option problem is a warning.',
    runtime: 'The client builds its connection factory from the URL: FailoverTransportFactory refuses unknown failover options with `Invalid connect parameters`, and an unknown scheme finds no TransportFactory, so the repository never connects.',
    wrong: 'messaging.broker.url=failover:(tcp://mq1:61616)?backOffMultiplier=2',
    right: 'messaging.broker.url=failover:(tcp://mq1:61616)?reconnectDelayExponent=2',
    fix: 'Correct the scheme or option the message names; the quick fix offers the nearest scheme or the failover option\'s real name.',
  },
  checkClient({ url }) {
    const parsed = url();
    if (!parsed) return [];
    const { entry, uri, toFile } = parsed;
    return checkTransportUri(uri, 'client').map((problem) => {
      const span = toFile(problem.span);
      return {
        span,
        severity: problem.severity,
        message: `${entry.key}: ${problem.message}`,
        fixes: problem.replacement ? [{ title: problem.replacement.title, edits: [{ span, newText: problem.replacement.newText }] }] : undefined,
      };
    });
  },
};

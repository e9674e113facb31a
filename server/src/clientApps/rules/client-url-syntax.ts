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
    autofix: false,
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

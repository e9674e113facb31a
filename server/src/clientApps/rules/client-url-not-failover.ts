// client-url-not-failover: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { hasPlaceholder } from '../../transport';

export const clientUrlNotFailover: Rule = {
  id: 'client-url-not-failover',
  defaultSeverity: 'warning',
  category: 'client',
  summary: 'The client connects to one broker directly instead of through the failover transport its guide requires.',
  docs: {
    autofix: false,
  },
  checkClient({ file, url }) {
    const parsed = url();
    const scheme = parsed?.uri.scheme;
    if (!parsed || !scheme || !file.profile.requiresFailover) return [];
    const { entry, uri, toFile } = parsed;
    if (scheme.text.toLowerCase() === 'failover' || hasPlaceholder(scheme.text)) return [];
    const canWrap = uri.options.length === 0 && !uri.composite;
    return [{
      span: toFile(scheme.span),
      message: `${entry.key} uses ${scheme.text}: directly; ${file.profile.product} should connect with the failover transport (failover:(${uri.text})), `
        + 'or it gives up on the first broker restart or network glitch instead of reconnecting.',
      fixes: canWrap ? [{ title: 'Wrap the URL in failover:(...)', edits: [{ span: toFile(uri.span), newText: `failover:(${uri.text})` }] }] : undefined,
    }];
  },
};

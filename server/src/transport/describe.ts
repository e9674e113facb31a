// Hover text and completions for transport URIs, for the hover and completion features to call.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Span } from '../parser/xmlTree';
import { optionVocabulary, type UriRole } from './check';
import { DISCOVERY_SCHEMES, TRANSPORT_SCHEMES, discoveryScheme, transportScheme, type SchemeInfo } from './schemes';
import { allUris, parseTransportUri, type TransportUri } from './uri';

function schemeInfo(uri: TransportUri, role: UriRole, outer: boolean): SchemeInfo | undefined {
  const name = uri.scheme?.text.toLowerCase() ?? '';
  return role === 'networkConnector' && outer ? discoveryScheme(name) : transportScheme(name);
}

/** Markdown describing a URI: each scheme (TLS or not, bindable or not), host, port and options. */
export function describeTransportUri(uriText: string, role: UriRole = 'transportConnector'): string {
  const root = parseTransportUri(uriText);
  const lines: string[] = [];
  for (const uri of allUris(root)) {
    const info = schemeInfo(uri, role, uri === root);
    const scheme = uri.scheme?.text ?? '(no scheme)';
    const facts = info
      ? [info.summary, info.tls ? 'TLS-protected.' : info.composite ? '' : 'Plain text (no TLS).', role === 'transportConnector' && uri === root && !info.bindable ? '**A broker cannot listen on it.**' : '']
      : ['Not a scheme ActiveMQ knows.'];
    const where = [uri.host ? `host \`${uri.host.text || '(none)'}\`` : '', uri.port ? `port \`${uri.port.text}\`` : ''].filter(Boolean).join(', ');
    lines.push(`${uri === root ? '' : '- '}**\`${scheme}:\`** ${facts.filter(Boolean).join(' ')}${where ? ` (${where})` : ''}`);
    if (uri.options.length) lines.push(`${uri === root ? '' : '  '}Options: ${uri.options.map((o) => `\`${o.name.text}\`${o.value ? ` = \`${o.value.text}\`` : ''}`).join(', ')}`);
  }
  return lines.join('\n\n');
}

export interface TransportCompletions {
  items: CompletionItem[];
  /** The part of the URI string the chosen label replaces. */
  replace: Span;
}

/** Schemes (at the start or after `(` or `,`) and option names (after `?` or `&`) at an offset of a URI string. */
export function transportCompletions(uriText: string, offset: number, role: UriRole = 'transportConnector'): TransportCompletions {
  let wordStart = offset;
  while (wordStart > 0 && /[A-Za-z0-9+.]/.test(uriText[wordStart - 1])) wordStart--;
  const before = uriText[wordStart - 1];
  const replace = { start: wordStart, end: offset };
  if (wordStart === 0 || before === '(' || before === ',') {
    const outer = wordStart === 0;
    const schemes = role === 'networkConnector' && outer ? DISCOVERY_SCHEMES : TRANSPORT_SCHEMES.filter((s) => role !== 'transportConnector' || !outer || s.bindable);
    return { replace, items: schemes.map((s) => ({ label: s.scheme, kind: CompletionItemKind.Module, detail: s.tls ? 'TLS' : undefined, documentation: s.summary, insertText: `${s.scheme}${s.composite ? ':(' : '://'}` })) };
  }
  if (before !== '?' && before !== '&') return { replace, items: [] };
  const root = parseTransportUri(uriText);
  // The innermost URI whose text holds the offset owns the option.
  const owner = allUris(root).filter((u) => u.span.start <= offset && offset <= u.span.end && !(u.composite?.close !== undefined && offset <= u.composite.close)).pop() ?? root;
  const info = schemeInfo(owner, owner === root ? role : 'client', owner === root);
  if (!info) return { replace, items: [] };
  const vocabulary = optionVocabulary(info, owner === root ? role : 'client');
  const items: CompletionItem[] = (vocabulary.plain?.names ?? []).map((name) => ({ label: name, kind: CompletionItemKind.Property, detail: vocabulary.plain!.reader, insertText: `${name}=` }));
  for (const [prefix, set] of Object.entries(vocabulary.prefixes)) {
    for (const name of set?.names ?? []) items.push({ label: prefix + name, kind: CompletionItemKind.Property, detail: set!.reader, insertText: `${prefix}${name}=` });
  }
  return { replace, items };
}

// Files the config names become links: sslContext key and trust stores, Spring `<import resource>` (jetty.xml) and
// `file:` resources such as the placeholder configurer's credentials.properties. Only files that exist are linked;
// a missing store is the ssl-context rule's to report.
import type { DocumentLink } from 'vscode-languageserver-types';
import { SPRING_BEANS_NAMESPACE } from '../../model/types';
import type { Span, XmlElement } from '../../parser/xmlTree';
import { fileUri, resolveConfigPath, type RelativeTo } from '../../base/configPaths';
import type { FeatureContext } from './context';

interface PathMention {
  span: Span;
  value: string;
  relativeTo: RelativeTo;
}

export function documentLinks(context: FeatureContext): DocumentLink[] {
  const { doc, files, settings } = context;
  if (!files.folder) return [];
  const links: DocumentLink[] = [];
  for (const mention of pathMentions(context)) {
    const path = resolveConfigPath(mention.value, files, settings, mention.relativeTo);
    if (!path || !files.find(path).ok) continue;
    links.push({ range: doc.range(mention.span), target: fileUri(path), tooltip: `Open ${path}` });
  }
  return links;
}

function pathMentions({ doc }: FeatureContext): PathMention[] {
  const mentions: PathMention[] = [];
  const stores = new Set(doc.model.sslContexts);
  for (const element of doc.tree.elements) {
    for (const attr of element.attributes) {
      const isStore = stores.has(element) && (attr.name === 'keyStore' || attr.name === 'trustStore');
      const isImport = element.localName === 'import' && element.namespace === SPRING_BEANS_NAMESPACE && attr.name === 'resource';
      if (!isStore && !isImport && !/^\s*file:/.test(attr.value)) continue;
      mentions.push({ span: attr.valueSpan, value: attr.value, relativeTo: isImport ? 'document' : 'workingDirectory' });
    }
    const text = leafText(doc.text, element);
    if (text && /^file:/.test(text.value)) mentions.push({ span: text.span, value: text.value, relativeTo: 'workingDirectory' });
  }
  return mentions;
}

/** The trimmed text of an element without children, e.g. `<value>file:…</value>`; none when it holds markup or entities. */
function leafText(text: string, element: XmlElement): { value: string; span: Span } | undefined {
  if (element.children.length > 0 || element.contentStart === undefined || element.endTagStart === undefined) return undefined;
  const raw = text.slice(element.contentStart, element.endTagStart);
  if (/[<&]/.test(raw)) return undefined;
  const value = raw.trim();
  if (!value) return undefined;
  const start = element.contentStart + raw.indexOf(value);
  return { value, span: { start, end: start + value.length } };
}

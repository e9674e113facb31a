// tls-protocols: a TLS connector that offers protocol versions or cipher suites with known attacks.
import { connectorUris, type ParsedConnectorUri } from '../transport/connectorUris';
import type { UriOption } from '../transport/uri';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, Rule } from './types';

/** Protocol versions RFC 8996 (TLS 1.0, 1.1) and RFC 7568 (SSL 3.0) retired. */
const WEAK_PROTOCOLS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
/** Cipher suite name parts that mean no encryption, no authentication, export strength, or broken ciphers. */
const WEAK_CIPHER = /_(NULL|anon|EXPORT|EXPORT1024|RC4|DES|DES40|3DES|DES_CBC|RC2)_|_MD5$/;

interface ListItem {
  text: string;
  /** The item's span in the URI string. */
  span: Span;
}

interface TlsData {
  /** The option value's span in the document, and the list without the weak items (undefined when none would remain). */
  valueSpan: Span;
  kept: string | undefined;
}

/** The comma-separated items of an option value, with their offsets (blanks around commas trimmed). */
function listItems(option: UriOption): ListItem[] {
  const value = option.value!;
  const items: ListItem[] = [];
  let start = 0;
  for (const part of value.text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) items.push({ text, span: { start: value.span.start + start + lead, end: value.span.start + start + lead + text.length } });
    start += part.length + 1;
  }
  return items;
}

function isWeak(optionName: string, item: string): boolean {
  return optionName.endsWith('enabledProtocols') ? WEAK_PROTOCOLS.has(item) : WEAK_CIPHER.test(item);
}

function tlsListOptions(parsed: ParsedConnectorUri): UriOption[] {
  return parsed.uri.options.filter((o) => o.value && /^transport\.enabled(Protocols|CipherSuites)$/.test(o.name.text));
}

export const tlsProtocols: Rule = {
  id: 'tls-protocols',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A TLS connector that enables SSLv3, TLS 1.0 or 1.1, or cipher suites without real encryption.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const parsed of connectorUris(doc.model.transportConnectors)) {
      if (!parsed.schemeInfo?.tls) continue;
      for (const option of tlsListOptions(parsed)) {
        const items = listItems(option);
        const kept = items.filter((i) => !isWeak(option.name.text, i.text)).map((i) => i.text);
        const data: TlsData = { valueSpan: parsed.toDocument(option.value!.span), kept: kept.length > 0 ? kept.join(',') : undefined };
        const protocols = option.name.text.endsWith('enabledProtocols');
        for (const item of items.filter((i) => isWeak(option.name.text, i.text))) {
          findings.push({
            span: parsed.toDocument(item.span),
            message: protocols
              ? `${item.text} is retired (${item.text.startsWith('SSL') ? 'RFC 7568' : 'RFC 8996'}): current JDKs refuse it anyway, and where the ` +
                `JVM is made to allow it, clients can be downgraded to a protocol with known attacks.`
              : `The cipher suite ${item.text} offers no real protection (no or broken encryption, no authentication, or export strength); current ` +
                `JDKs disable it, and where the JVM allows it, an eavesdropper can read or alter the traffic.`,
            data,
          });
        }
      }
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as TlsData | undefined;
    if (!data?.kept) return [];
    return [{ title: `Keep only ${data.kept}`, edits: [{ span: data.valueSpan, newText: data.kept }], preferred: true }];
  },
};

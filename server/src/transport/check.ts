// What ActiveMQ would make of a transport URI in one place: a broker's transportConnector, a networkConnector, or a
// client's broker URL. Returns problems with offsets into the URI string and, where one is clearly right, a replacement.
import type { Span } from '../parser/xmlTree';
import { nearest, setterKey } from './names';
import {
  DISCOVERY_SCHEMES,
  FAILOVER_OPTIONS,
  KNOWN_MIXUPS,
  NOT_REGISTERED,
  OPENWIRE_FORMAT,
  STATIC_DISCOVERY_OPTIONS,
  TCP_TRANSPORT,
  TRANSPORT_SCHEMES,
  discoveryScheme,
  removedScheme,
  serverOptions,
  transportScheme,
  wireFormatOptions,
  type OptionSet,
  type SchemeInfo,
} from './schemes';
import { hasPlaceholder, type TransportUri, type UriOption } from './uri';
import { releasedBefore } from '../model/version';

export type UriRole = 'transportConnector' | 'networkConnector' | 'client';

export interface UriProblem {
  span: Span;
  message: string;
  severity: 'error' | 'warning' | 'info';
  /** The one clearly right replacement of `span`. */
  replacement?: Replacement;
}

export interface Replacement {
  newText: string;
  title: string;
  /** A known mapping or a letter case, not the nearest name: safe to apply without a person choosing. */
  certain?: boolean;
}

/**
 * `brokerVersion` is the ActiveMQ release the URI is for (schemes were removed over time); undefined means a
 * current one.
 */
export function checkTransportUri(uri: TransportUri, role: UriRole, brokerVersion?: string): UriProblem[] {
  const problems: UriProblem[] = uri.problems.map((p) => ({ ...p, severity: 'error' as const }));
  const info = checkScheme(uri, role, problems, brokerVersion);
  if (uri.port) checkPort(uri, problems);
  if (info) checkOptions(uri.options, optionVocabulary(info, role), problems);
  for (const part of uri.composite?.parts ?? []) problems.push(...checkTransportUri(part, 'client', brokerVersion));
  if (uri.composite && !uri.composite.parenthesised && uri.composite.parts.length > 1) {
    const last = uri.composite.parts[uri.composite.parts.length - 1];
    if (last.options.length > 0 && role === 'client') {
      problems.push({
        span: { start: last.options[0].span.start - 1, end: last.span.end },
        severity: 'warning',
        message: `Without parentheses these options belong to the last URI (${last.scheme?.text ?? ''}://), not to ${uri.scheme!.text}: write ${uri.scheme!.text}:(uri1,uri2)?options.`,
      });
    }
  }
  return problems;
}

/** A scheme ActiveMQ once registered: fine for a broker older than its removal, else said to be gone and since when. */
function checkRemoved(uri: TransportUri, role: UriRole, brokerVersion: string | undefined): UriProblem | 'known' | undefined {
  const scheme = uri.scheme!;
  const removed = removedScheme(scheme.text.toLowerCase(), role === 'networkConnector' ? 'discovery' : 'transport');
  if (!removed) return undefined;
  if (releasedBefore(brokerVersion, removed.removedIn)) return 'known';
  const broker = brokerVersion ? `ActiveMQ ${brokerVersion}` : `ActiveMQ ${removed.removedIn} and later`;
  const error = `${role === 'networkConnector' ? 'DiscoveryAgent' : 'Transport'} scheme NOT recognized`;
  const instead = removed.renamedTo ? ` It was renamed ${removed.renamedTo}.` : ' Nothing replaced it; STOMP, MQTT or AMQP serve clients that cannot speak OpenWire.';
  return {
    span: scheme.span,
    severity: 'error',
    message: `"${scheme.text}" is ${removed.what}, removed in ActiveMQ ${removed.removedIn}: ${broker} ${brokerVersion ? 'fails' : 'fail'} with "${error}".${instead}`,
    replacement: removed.renamedTo ? { newText: removed.renamedTo, title: `Change the scheme to ${removed.renamedTo}`, certain: true } : undefined,
  };
}

function checkScheme(uri: TransportUri, role: UriRole, problems: UriProblem[], brokerVersion: string | undefined): SchemeInfo | undefined {
  const scheme = uri.scheme;
  if (!scheme || hasPlaceholder(scheme.text)) return undefined;
  const name = scheme.text.toLowerCase();
  const registry = role === 'networkConnector' ? DISCOVERY_SCHEMES : TRANSPORT_SCHEMES;
  const info = role === 'networkConnector' ? discoveryScheme(name) : transportScheme(name);
  const removed = info ? undefined : checkRemoved(uri, role, brokerVersion);
  if (removed) {
    // An older broker knows it; what it reads there is not in this registry, so nothing more is checked.
    if (removed !== 'known') problems.push(removed);
    return undefined;
  }
  if (!info) {
    const known = NOT_REGISTERED[name];
    const suggestion = known ?? nearest(name, registry.map((s) => s.scheme), 2);
    const what = role === 'networkConnector' ? 'discovery agent scheme' : 'transport scheme';
    const error = `${role === 'networkConnector' ? 'DiscoveryAgent' : 'Transport'} scheme NOT recognized`;
    problems.push(suggestion
      ? {
        span: scheme.span,
        severity: 'error',
        message: `"${scheme.text}" is no ${what} ActiveMQ knows (${error}); did you mean "${suggestion}"?`,
        replacement: { newText: suggestion, title: `Change the scheme to ${suggestion}`, certain: known !== undefined },
      }
      : {
        // Far from every known scheme: more likely a plugin's own (the OpenShift image's dns:// and kube:// agents).
        span: scheme.span,
        severity: 'info',
        message: `"${scheme.text}" is not a ${what} of ActiveMQ itself; it works only if a jar on the broker's classpath registers it, else the broker fails with "${error}".`,
      });
    return undefined;
  }
  if (role === 'transportConnector' && !info.bindable) {
    problems.push({
      span: scheme.span,
      severity: 'error',
      message: `A broker cannot listen on ${info.scheme}: (doBind throws "Invalid server URI"): it is a client-side transport. Use tcp://, ssl:// or another server scheme here${info.scheme === 'failover' ? ', and failover: in the clients\' URLs' : ''}.`,
    });
    return undefined;
  }
  return info;
}

function checkPort(uri: TransportUri, problems: UriProblem[]): void {
  const port = uri.port!;
  if (hasPlaceholder(port.text)) return;
  const valid = /^\d+$/.test(port.text) && Number(port.text) <= 65535;
  if (!valid) problems.push({ span: port.span.start === port.span.end ? uri.host!.span : port.span, severity: 'error', message: `"${port.text}" is not a port (a number from 0 to 65535).` });
}

export interface Vocabulary {
  /** Unprefixed names. */
  plain: OptionSet | undefined;
  /** Prefix (exact case) -> its names; undefined names = any name under it is accepted. */
  prefixes: Record<string, OptionSet | undefined>;
}

export function optionVocabulary(info: SchemeInfo, role: UriRole): Vocabulary {
  if (role === 'networkConnector') {
    const isList = info.scheme === 'static' || info.scheme === 'simple' || info.scheme === 'masterslave';
    return { plain: isList ? STATIC_DISCOVERY_OPTIONS : undefined, prefixes: { 'discovered.': undefined } };
  }
  if (info.scheme === 'failover') return { plain: FAILOVER_OPTIONS, prefixes: { 'nested.': undefined, 'jms.': undefined } };
  if (role === 'transportConnector') {
    return {
      plain: serverOptions(info),
      prefixes: { 'wireFormat.': wireFormatOptions(info), 'transport.': TCP_TRANSPORT, ...(info.auto ? { 'auto.': undefined } : {}) },
    };
  }
  // A client's inner URI: TcpTransport setters (a partial list), socket options, OpenWire format options.
  return {
    plain: info.tcpServer ? TCP_TRANSPORT : undefined,
    prefixes: { 'wireFormat.': info.wireFormat === 'openwire' ? OPENWIRE_FORMAT : undefined, 'socket.': undefined, 'jms.': undefined },
  };
}

function checkOptions(options: UriOption[], vocabulary: Vocabulary, problems: UriProblem[]): void {
  for (const option of options) {
    const name = option.name.text;
    if (!name || hasPlaceholder(name)) continue;
    const prefix = matchingPrefix(name, vocabulary, option, problems);
    if (prefix === null) continue;
    const set = prefix === '' ? vocabulary.plain : vocabulary.prefixes[prefix];
    if (!set) continue;
    const rest = name.slice(prefix.length);
    const restSpan = { start: option.name.span.start + prefix.length, end: option.name.span.end };
    checkName(rest, restSpan, set, problems);
  }
}

/** The vocabulary prefix of a name ('' for none); null when the name was reported (a prefix in the wrong case). */
function matchingPrefix(name: string, vocabulary: Vocabulary, option: UriOption, problems: UriProblem[]): string | null {
  for (const prefix of Object.keys(vocabulary.prefixes)) {
    if (name.startsWith(prefix)) return prefix;
    if (name.toLowerCase().startsWith(prefix.toLowerCase())) {
      const span = { start: option.name.span.start, end: option.name.span.start + prefix.length };
      problems.push({
        span,
        severity: 'warning',
        message: `ActiveMQ only reads options starting with "${prefix}" (case-sensitive); "${name.slice(0, prefix.length)}" is ignored, so "${name}" has no effect.`,
        replacement: { newText: prefix, title: `Write ${prefix}`, certain: true },
      });
      return null;
    }
  }
  return name.includes('.') && vocabulary.plain?.complete ? '' : name.includes('.') ? null : '';
}

function checkName(name: string, span: Span, set: OptionSet, problems: UriProblem[]): void {
  const key = setterKey(name);
  if (set.names.some((known) => setterKey(known) === key)) return;
  const mixup = KNOWN_MIXUPS[set.reader]?.[name];
  if (mixup) {
    problems.push({
      span, severity: 'warning',
      message: `${set.reader} has no option "${name}"; the back-off factor is "${mixup}" here.`,
      replacement: { newText: mixup, title: `Write ${mixup}`, certain: true },
    });
    return;
  }
  const sameLetters = set.names.find((known) => known.toLowerCase() === name.toLowerCase());
  if (sameLetters) {
    problems.push({
      span, severity: 'warning',
      message: `Option names are case-sensitive: ${set.reader} reads "${sameLetters}", not "${name}", so this one is ignored.`,
      replacement: { newText: sameLetters, title: `Write ${sameLetters}`, certain: true },
    });
    return;
  }
  if (!set.complete) return;
  const suggestion = nearest(name, set.names, 3);
  problems.push({
    span, severity: 'warning',
    message: `${set.reader} has no option "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; ` +
      `${set.reader === 'FailoverTransport' ? 'the client refuses the URL with "Invalid connect parameters"' : 'ActiveMQ ignores it without a word'}.`,
    replacement: suggestion ? { newText: suggestion, title: `Write ${suggestion}` } : undefined,
  });
}

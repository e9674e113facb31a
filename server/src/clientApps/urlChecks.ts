// The client's broker URL: readable by ActiveMQ, using failover as the product's guide asks, and pointing at a
// port and scheme one of the broker's transport connectors serves.
import type { SecurityModel } from '../model/types';
import { allUris, checkTransportUri, hasPlaceholder, parseTransportUri, transportScheme, type TransportUri } from '../transport';
import type { ClientFile, ClientRuleFinding } from './clientFile';
import { clientUrlNoConnector } from './rules/client-url-no-connector';
import { clientUrlNotFailover } from './rules/client-url-not-failover';
import { clientUrlSchemeMismatch } from './rules/client-url-scheme-mismatch';
import { clientUrlSyntax } from './rules/client-url-syntax';

interface Listener {
  scheme: string;
  port: number;
}

/** The protocol a scheme speaks and whether over TLS; `auto` connectors detect the protocol. */
function flavour(scheme: string): { protocol: string; tls: boolean } {
  const parts = scheme.toLowerCase().split('+');
  const tls = parts.includes('ssl') || scheme === 'https' || scheme === 'wss' || scheme === 'amqp+wss';
  const base = parts[0] === 'https' ? 'http' : parts[0] === 'wss' ? 'ws' : parts[0];
  return { protocol: base === 'tcp' || base === 'nio' || base === 'ssl' ? 'openwire' : base, tls };
}

function serves(listener: Listener, clientScheme: string): boolean {
  const server = flavour(listener.scheme);
  const client = flavour(clientScheme);
  return server.tls === client.tls && (server.protocol === client.protocol || server.protocol === 'auto');
}

/** The connectors' schemes and ports; undefined when some port is a placeholder (then nothing can be concluded). */
function listeners(model: SecurityModel): Listener[] | undefined {
  const result: Listener[] = [];
  for (const connector of model.transportConnectors) {
    const uri = connector.uri ? parseTransportUri(connector.uri.text) : undefined;
    if (!uri?.scheme || !uri.port) continue;
    if (hasPlaceholder(uri.port.text) || hasPlaceholder(uri.scheme.text)) return undefined;
    // A connector with an unknown scheme serves nothing (transport-uri reports it).
    if (!transportScheme(uri.scheme.text.toLowerCase())?.bindable) continue;
    result.push({ scheme: uri.scheme.text.toLowerCase(), port: Number(uri.port.text) });
  }
  return result;
}

export function checkUrl(file: ClientFile, model: SecurityModel | undefined): ClientRuleFinding[] {
  const entry = file.url;
  if (!entry || hasPlaceholder(entry.value) || !entry.value.trim()) return [];
  const findings: ClientRuleFinding[] = [];
  const toFile = (span: { start: number; end: number }) => ({ start: entry.valueOffset(span.start), end: entry.valueOffset(span.end) });
  const uri = parseTransportUri(entry.value);
  for (const problem of checkTransportUri(uri, 'client')) {
    const span = toFile(problem.span);
    findings.push({
      rule: clientUrlSyntax,
      finding: {
        span,
        severity: problem.severity,
        message: `${entry.key}: ${problem.message}`,
        fixes: problem.replacement ? [{ title: problem.replacement.title, edits: [{ span, newText: problem.replacement.newText }] }] : undefined,
      },
    });
  }
  const scheme = uri.scheme?.text.toLowerCase();
  if (file.profile.requiresFailover && scheme && scheme !== 'failover' && !hasPlaceholder(scheme)) {
    const span = toFile(uri.scheme!.span);
    const canWrap = uri.options.length === 0 && !uri.composite;
    findings.push({
      rule: clientUrlNotFailover,
      finding: {
        span,
        message: `${entry.key} uses ${uri.scheme!.text}: directly; ${file.profile.product} should connect with the failover transport (failover:(${uri.text})), or it gives up on the first broker restart or network glitch instead of reconnecting.`,
        fixes: canWrap ? [{ title: 'Wrap the URL in failover:(...)', edits: [{ span: toFile(uri.span), newText: `failover:(${uri.text})` }] }] : undefined,
      },
    });
  }
  if (model) findings.push(...checkAgainstConnectors(uri, model, toFile));
  return findings;
}

function checkAgainstConnectors(uri: TransportUri, model: SecurityModel, toFile: (s: { start: number; end: number }) => { start: number; end: number }): ClientRuleFinding[] {
  const served = listeners(model);
  if (!served || served.length === 0) return [];
  const findings: ClientRuleFinding[] = [];
  // An unknown scheme fails in the client before any connection (client-url-syntax reports it): no port to judge.
  const targets = allUris(uri).filter((u) => !u.composite && u.scheme && u.port && /^\d+$/.test(u.port.text) && u.scheme.text.toLowerCase() !== 'vm'
    && transportScheme(u.scheme.text.toLowerCase()) !== undefined);
  const isServed = (target: TransportUri) => served.some((l) => l.port === Number(target.port!.text) && serves(l, target.scheme!.text.toLowerCase()));
  // One reachable broker in a failover list is enough: the others may be brokers with configs of their own.
  if (targets.some(isServed)) return [];
  for (const target of targets) {
    const scheme = target.scheme!.text.toLowerCase();
    const port = Number(target.port!.text);
    const onPort = served.filter((l) => l.port === port);
    const available = served.map((l) => `${l.scheme}://…:${l.port}`).join(', ');
    if (onPort.length > 0) {
      const server = onPort[0];
      const clientTls = flavour(scheme).tls;
      findings.push({
        rule: clientUrlSchemeMismatch,
        finding: {
          span: toFile(target.scheme!.span),
          message: `Port ${port} of the broker is a ${server.scheme}:// connector, but this client connects with ${scheme}://: ${clientTls ? 'its TLS handshake meets a plain-text port' : 'its plain-text connection meets a TLS port'} and the connection fails. The broker serves ${available}.`,
        },
      });
    } else {
      findings.push({
        rule: clientUrlNoConnector,
        finding: {
          span: toFile(target.port!.span),
          message: `No transport connector of the broker listens on port ${port}; the broker serves ${available}.`,
        },
      });
    }
  }
  return findings;
}

// Where a broker connector listens: loopback addresses only reach this machine.
import { hasPlaceholder, type TransportUri } from './uri';

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[?::1\]?|0:0:0:0:0:0:0:1)$/i;

/** Whether the URI's host is reachable from other machines (no host: every interface); a placeholder is not judged. */
export function listensBeyondThisMachine(uri: TransportUri): boolean {
  const host = uri.host?.text ?? '';
  return !isLoopback(host) && !hasPlaceholder(host);
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

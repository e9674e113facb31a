// What a client rule checks: one client's properties file against one broker config, with the shared readings
// (the URL parsed, the connectors matched, the login resolved) computed at most once per check and only when asked.
import { lazy } from '../base/lazy';
import type { ClientFile } from './clientFile';
import { matchConnectors, readClientUrl, type ClientUrl, type ConnectorMatch } from './clientUrl';
import { resolveLogin, type BrokerLogin, type BrokerSide } from './clientLogins';

export type { BrokerSide } from './clientLogins';

export interface ClientRuleContext {
  file: ClientFile;
  /** The broker config the file is checked against; undefined when none was found. */
  broker: BrokerSide | undefined;
  /** The file's broker URL, parsed; undefined when it is absent, blank or a placeholder. */
  url(): ClientUrl | undefined;
  /** The URL's brokers against the broker's connectors; undefined when there is no URL or broker, or nothing to conclude. */
  connectors(): ConnectorMatch | undefined;
  /** The logins the broker judges; undefined when it demands none (or the config has no broker element). */
  login(): BrokerLogin | undefined;
}

export function createClientContext(file: ClientFile, broker: BrokerSide | undefined): ClientRuleContext {
  const url = lazy(() => readClientUrl(file));
  const connectors = lazy(() => {
    const parsed = url();
    return parsed && broker ? matchConnectors(parsed, broker.model) : undefined;
  });
  return { file, broker, url, connectors, login: lazy(() => resolveLogin(file, broker)) };
}

// Transport, network, SSL and client rules.
import { connectorLimits } from './connector-limits';
import { duplicateConnector } from './duplicate-connector';
import { networkCredentials } from './network-credentials';
import { transportUri } from './transport-uri';
import type { Rule } from './types';

export const TRANSPORT_RULES: readonly Rule[] = [transportUri, duplicateConnector, networkCredentials, connectorLimits];

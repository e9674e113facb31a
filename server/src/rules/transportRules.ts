// Transport, network, SSL and client rules.
import type { Rule } from './types';

export const TRANSPORT_RULES: readonly Rule[] = [];

// Meaning and security rules: what the security setup really grants at run time.
import { advisoryAccess } from './advisory-access';
import { anonymousAccess } from './anonymous-access';
import { groupWithoutMembers } from './group-without-members';
import { insecureTransport } from './insecure-transport';
import { patternOverlap } from './pattern-overlap';
import { plaintextPassword } from './plaintext-password';
import { sslContext } from './ssl-context';
import { jmxConnector } from './jmx-connector';
import { tlsProtocols } from './tls-protocols';
import { webConsole } from './web-console';
import { tempDestinationAccess } from './temp-destination-access';
import type { Rule } from './types';
import { unusedGroup } from './unused-group';
import { virtualTopicConsumerKind } from './virtual-topic-consumer-kind';
import { weakPassword } from './weak-password';
import { wildcardSyntax } from './wildcard-syntax';

export const MEANING_RULES: readonly Rule[] = [
  groupWithoutMembers,
  unusedGroup,
  patternOverlap,
  wildcardSyntax,
  virtualTopicConsumerKind,
  advisoryAccess,
  tempDestinationAccess,
  weakPassword,
  plaintextPassword,
  anonymousAccess,
  insecureTransport,
  sslContext,
  tlsProtocols,
  jmxConnector,
  webConsole,
];

// The security model of one activemq.xml: what the rules, hovers, completions and symbols read.
// Everything points back into the scanned tree, so every fact has an exact place in the text.
import type { Span, XmlAttribute, XmlElement } from '../parser/xmlTree';
import type { DestinationKind, PatternPart } from '../destinations';

export const ACTIVEMQ_NAMESPACE = 'http://activemq.apache.org/schema/core';
export const SPRING_BEANS_NAMESPACE = 'http://www.springframework.org/schema/beans';

/** A piece of an attribute value (one group of a list, one username) with its place in the document. */
export interface ValueToken {
  text: string;
  span: Span;
}

/** A comma-separated group list as ActiveMQ reads it: split on commas, each item trimmed. */
export interface GroupList {
  attribute: XmlAttribute;
  /** Items in order; a blank item between commas is a group named "" (its span covers the blanks). */
  items: ValueToken[];
  /** The items' names, in order (one array per list, shared by every reader: not to be changed). */
  readonly names: readonly string[];
}

export type AuthenticationKind = 'simple' | 'jaas' | 'jaas-certificate' | 'jaas-dual' | 'spring-bean';

export interface AuthenticationPlugin {
  kind: AuthenticationKind;
  element: XmlElement;
}

export interface User {
  element: XmlElement;
  username: ValueToken | undefined;
  password: ValueToken | undefined;
  groups: GroupList | undefined;
  /** The simpleAuthenticationPlugin it belongs to. */
  plugin: XmlElement;
}

export interface SimpleAuthentication {
  element: XmlElement;
  anonymousAccessAllowed: boolean;
  anonymousGroup: string;
  usersElement: XmlElement | undefined;
  users: User[];
}

export type RightName = 'read' | 'write' | 'admin';
export const RIGHTS: readonly RightName[] = ['read', 'write', 'admin'];

/** The destination attributes an entry may carry. */
export const DESTINATION_ATTRIBUTES = ['queue', 'topic', 'tempQueue', 'tempTopic'] as const;

export interface AuthorizationEntry {
  /** Position among all entries of the document, stable for one parse. */
  id: number;
  element: XmlElement;
  role: 'entry' | 'default' | 'temp';
  /**
   * The destination attributes present (more than one is a mistake), the one ActiveMQ keeps first: the
   * alphabetically last of queue, tempQueue, tempTopic, topic (so `topic` over `queue`, whatever the order written).
   */
  destinationAttributes: XmlAttribute[];
  kind: DestinationKind | undefined;
  /** The patterns of the queue/topic attribute, composite values split, each with its document span. */
  patterns: DocumentPatternPart[];
  rights: Record<RightName, GroupList | undefined>;
  map: AuthorizationMap;
}

export interface DocumentPatternPart extends PatternPart {
  /** Span of the part in the document. */
  span: Span;
}

export interface AuthorizationMap {
  element: XmlElement;
  entriesElement: XmlElement | undefined;
  entries: AuthorizationEntry[];
  defaultEntry: AuthorizationEntry | undefined;
  tempEntry: AuthorizationEntry | undefined;
  /** The `groupClass` attribute, when set. */
  groupClass: string | undefined;
}

export interface AuthorizationPlugin {
  element: XmlElement;
  mapElement: XmlElement | undefined;
  /** The `authorizationMap` inside `map`; absent for LDAP maps and Spring beans. */
  map: AuthorizationMap | undefined;
  /** Some other map is configured (LDAP, Spring bean), whose entries live elsewhere. */
  externalMap: XmlElement | undefined;
}

export interface Connector {
  element: XmlElement;
  kind: 'transport' | 'network';
  name: ValueToken | undefined;
  uri: ValueToken | undefined;
}

export interface GroupInfo {
  name: string;
  /** Users that list this group. */
  members: User[];
  /** The group tokens in users' `groups` attributes. */
  declarations: ValueToken[];
  /** The group tokens in entries' read/write/admin attributes. */
  grants: GroupGrant[];
}

/** A group named in one of an entry's rights. */
export interface GroupGrant {
  entry: AuthorizationEntry;
  right: RightName;
  /** Its place in the right's list. */
  index: number;
  token: ValueToken;
}

export interface BrokerVersion {
  version: string;
  source: 'schemaLocation' | 'setting';
}

export interface SecurityModel {
  /** The ActiveMQ broker element; undefined when the document has none (then nothing is analysed). */
  broker: XmlElement | undefined;
  /** Every element in ActiveMQ's namespace, in document order. */
  activemqElements: XmlElement[];
  pluginsElements: XmlElement[];
  authentication: AuthenticationPlugin[];
  simpleAuthentication: SimpleAuthentication[];
  users: User[];
  authorization: AuthorizationPlugin[];
  /** All entries of all authorization maps, including default and temp entries. */
  entries: AuthorizationEntry[];
  /** Built on first read. */
  readonly groups: Map<string, GroupInfo>;
  transportConnectors: Connector[];
  networkConnectors: Connector[];
  sslContexts: XmlElement[];
  /** Version read from a versioned `activemq-core-X.Y.Z.xsd` in xsi:schemaLocation. */
  schemaVersion: string | undefined;
}

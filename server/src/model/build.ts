// Builds the security model from the scanned tree: anchors first (XPath or tree), then a walk of their children.
import { splitCompositeWith, type DestinationKind, type DestinationPattern } from '../destinations';
import type { DomParseResult } from '../parser/domParse';
import { ListCollector } from '../parser/listCollector';
import { attribute, childrenNamed, firstChildNamed, type Span, type XmlAttribute, type XmlElement, type XmlTree } from '../parser/xmlTree';
import { findAnchors } from './anchors';
import { entryOfElement } from './elementOwners';
import { withGroupIndex } from './groupIndex';
import {
  ACTIVEMQ_NAMESPACE,
  DESTINATION_ATTRIBUTES,
  SPRING_BEANS_NAMESPACE,
  type AuthenticationKind,
  type AuthenticationPlugin,
  type AuthorizationEntry,
  type AuthorizationMap,
  type AuthorizationPlugin,
  type Connector,
  type DocumentPatternPart,
  type GroupList,
  type SecurityModel,
  type SimpleAuthentication,
  type User,
  type ValueToken,
} from './types';

const AUTHENTICATION_ELEMENTS: Record<string, AuthenticationKind> = {
  simpleAuthenticationPlugin: 'simple',
  jaasAuthenticationPlugin: 'jaas',
  jaasCertificateAuthenticationPlugin: 'jaas-certificate',
  jaasDualAuthenticationPlugin: 'jaas-dual',
};
const NETWORK_CONNECTOR_ELEMENTS = new Set(['networkConnector', 'multicastNetworkConnector', 'ldapNetworkConnector']);
const KIND_OF_ATTRIBUTE: Record<string, DestinationKind> = { queue: 'queue', topic: 'topic', tempQueue: 'temp-queue', tempTopic: 'temp-topic' };
const SCHEMA_VERSION = /activemq-core-(\d+\.\d+(?:\.\d+)?)\.xsd/;

export function buildSecurityModel(tree: XmlTree, dom: DomParseResult): SecurityModel {
  const anchors = findAnchors(tree, dom);
  const broker = anchors.brokers[0];
  const model = withGroupIndex({
    broker,
    activemqElements: broker ? tree.elements.filter((e) => e.namespace === ACTIVEMQ_NAMESPACE) : [],
    pluginsElements: [],
    authentication: [],
    simpleAuthentication: [],
    users: [],
    authorization: [],
    entries: [],
    transportConnectors: [],
    networkConnectors: [],
    sslContexts: [],
    schemaVersion: schemaVersion(tree),
  });
  if (!broker) return model;
  try {
    for (const element of anchors.belowBroker) {
      if (!isWithin(element, broker)) continue;
      classifyAnchor(element, model);
    }
  } finally {
    namesByValue.clear();
  }
  return model;
}

/**
 * The model of a tree taken over after an edit inside one attribute value of `element` (treePatch.ts), made from the
 * previous version's model, which is not valid afterwards. An authorization entry's attributes are read by that entry
 * alone (entries are found by element names), so when `element` is an entry's, only that entry is built again; the
 * other model objects read their offsets from the tree's attributes when asked, so they follow the edit. Undefined
 * when the edit may change anything else: the model is then built afresh.
 */
export function modelAfterValueEdit(previous: SecurityModel, element: XmlElement): SecurityModel | undefined {
  const old = entryOfElement(previous, element);
  if (!old) return undefined;
  const { map } = old;
  const fresh = entry(element, old.role, map, old.id);
  namesByValue.clear();
  previous.entries[old.id] = fresh;
  if (old.role === 'default') map.defaultEntry = fresh;
  else if (old.role === 'temp') map.tempEntry = fresh;
  else map.entries[map.entries.indexOf(old)] = fresh;
  // Field by field: the previous model's group index (a getter) is not copied; the new one is patched from it.
  const { broker, activemqElements, pluginsElements, authentication, simpleAuthentication, users, authorization, entries, transportConnectors, networkConnectors, sslContexts, schemaVersion } = previous;
  const parts = { broker, activemqElements, pluginsElements, authentication, simpleAuthentication, users, authorization, entries, transportConnectors, networkConnectors, sslContexts, schemaVersion };
  return withGroupIndex(parts, { previous, old, fresh });
}

function isWithin(element: XmlElement, ancestor: XmlElement): boolean {
  for (let p = element.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function classifyAnchor(element: XmlElement, model: SecurityModel): void {
  const parentName = element.parent?.localName;
  if (element.localName === 'plugins' && element.namespace === ACTIVEMQ_NAMESPACE) {
    model.pluginsElements.push(element);
    return;
  }
  if (parentName === 'plugins') {
    classifyPlugin(element, model);
  } else if (parentName === 'transportConnectors') {
    model.transportConnectors.push(connector(element, 'transport'));
  } else if (parentName === 'networkConnectors') {
    if (element.namespace === ACTIVEMQ_NAMESPACE && NETWORK_CONNECTOR_ELEMENTS.has(element.localName)) {
      model.networkConnectors.push(connector(element, 'network'));
    }
  } else if (parentName === 'sslContext') {
    model.sslContexts.push(element);
  }
}

function classifyPlugin(element: XmlElement, model: SecurityModel): void {
  if (element.namespace === SPRING_BEANS_NAMESPACE && element.localName === 'bean') {
    // A Spring bean plugin (Shiro, say) authenticates in ways this file does not show.
    if (/shiro|authentica/i.test(attribute(element, 'class')?.value ?? '')) {
      model.authentication.push({ kind: 'spring-bean', element });
    }
    return;
  }
  if (element.namespace !== ACTIVEMQ_NAMESPACE) return;
  const kind = AUTHENTICATION_ELEMENTS[element.localName];
  if (kind) {
    const plugin: AuthenticationPlugin = { kind, element };
    model.authentication.push(plugin);
    if (kind === 'simple') model.simpleAuthentication.push(simpleAuthentication(element, model));
  } else if (element.localName === 'authorizationPlugin') {
    model.authorization.push(authorizationPlugin(element, model));
  }
}

function simpleAuthentication(element: XmlElement, model: SecurityModel): SimpleAuthentication {
  const usersElement = firstChildNamed(element, 'users');
  const users: User[] = [];
  for (const userElement of usersElement ? childrenNamed(usersElement, 'authenticationUser') : []) {
    const user: User = {
      element: userElement,
      username: wholeValue(attribute(userElement, 'username')),
      password: wholeValue(attribute(userElement, 'password')),
      groups: groupList(attribute(userElement, 'groups')),
      plugin: element,
    };
    users.push(user);
    model.users.push(user);
  }
  return {
    element,
    anonymousAccessAllowed: (attribute(element, 'anonymousAccessAllowed')?.value ?? '').trim().toLowerCase() === 'true',
    anonymousGroup: attribute(element, 'anonymousGroup')?.value.trim() || 'anonymous',
    usersElement,
    users,
  };
}

function authorizationPlugin(element: XmlElement, model: SecurityModel): AuthorizationPlugin {
  const mapElement = firstChildNamed(element, 'map');
  const plugin: AuthorizationPlugin = { element, mapElement, map: undefined, externalMap: undefined };
  const inner = mapElement?.children[0];
  if (!inner) return plugin;
  if (inner.namespace === ACTIVEMQ_NAMESPACE && inner.localName === 'authorizationMap') {
    plugin.map = authorizationMap(inner, model);
  } else {
    plugin.externalMap = inner;
  }
  return plugin;
}

function authorizationMap(element: XmlElement, model: SecurityModel): AuthorizationMap {
  const entriesElement = firstChildNamed(element, 'authorizationEntries');
  const map: AuthorizationMap = {
    element,
    entriesElement,
    entries: [],
    defaultEntry: undefined,
    tempEntry: undefined,
    groupClass: attribute(element, 'groupClass')?.value.trim(),
  };
  for (const entryElement of entriesElement ? childrenNamed(entriesElement, 'authorizationEntry') : []) {
    map.entries.push(addEntry(entryElement, 'entry', map, model));
  }
  const defaultElement = firstChildNamed(element, 'defaultEntry');
  const defaultEntryElement = defaultElement && firstChildNamed(defaultElement, 'authorizationEntry');
  if (defaultEntryElement) map.defaultEntry = addEntry(defaultEntryElement, 'default', map, model);
  const tempWrapper = firstChildNamed(element, 'tempDestinationAuthorizationEntry');
  const tempElement = tempWrapper && firstChildNamed(tempWrapper, 'tempDestinationAuthorizationEntry');
  if (tempElement) map.tempEntry = addEntry(tempElement, 'temp', map, model);
  return map;
}

const DESTINATION_ATTRIBUTE_SET: ReadonlySet<string> = new Set(DESTINATION_ATTRIBUTES);

function entry(element: XmlElement, role: AuthorizationEntry['role'], map: AuthorizationMap, id: number): AuthorizationEntry {
  const destinationsFrom = destinationAttributesOfEntry.mark();
  let read: GroupList | undefined;
  let write: GroupList | undefined;
  let admin: GroupList | undefined;
  // One pass over the attributes: this runs for every entry of maps with tens of thousands of them.
  for (const attr of element.attributes) {
    const name = attr.name;
    if (DESTINATION_ATTRIBUTE_SET.has(name)) destinationAttributesOfEntry.push(attr);
    else if (name === 'read') read ??= groupList(attr);
    else if (name === 'write') write ??= groupList(attr);
    else if (name === 'admin') admin ??= groupList(attr);
  }
  // The one that takes effect first: Spring sets an entry's properties in the order of the DOM's attribute map,
  // which Xerces keeps sorted by name, and each setter replaces the destination (DestinationMapEntry.setQueue,
  // setTempQueue, setTempTopic, setTopic), so the alphabetically last attribute wins.
  const destinationAttributes = destinationAttributesOfEntry.take(destinationsFrom);
  if (destinationAttributes.length > 1) destinationAttributes.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const first = role === 'entry' ? destinationAttributes[0] : undefined;
  const kind = first ? KIND_OF_ATTRIBUTE[first.name] : undefined;
  return new Entry(id, element, role, destinationAttributes, kind, first && kind ? patternParts(first, kind) : [], new Rights(read, write, admin), map);
}

/** A new entry of the model, its id its place among the model's entries. */
function addEntry(element: XmlElement, role: AuthorizationEntry['role'], map: AuthorizationMap, model: SecurityModel): AuthorizationEntry {
  const added = entry(element, role, map, model.entries.length);
  model.entries.push(added);
  return added;
}

// Entries, their rights and group lists are classes rather than object literals: V8 moved the literals' allocation
// sites to the old generation ("pretenuring") once a large map had been built, and the model build then ran about
// twice as slow at 1,000 and 10,000 entries (as fast again under --no-allocation-site-pretenuring).
class Entry implements AuthorizationEntry {
  constructor(
    readonly id: number,
    readonly element: XmlElement,
    readonly role: AuthorizationEntry['role'],
    readonly destinationAttributes: XmlAttribute[],
    readonly kind: DestinationKind | undefined,
    readonly patterns: DocumentPatternPart[],
    readonly rights: Rights,
    readonly map: AuthorizationMap,
  ) {}
}

class Rights {
  constructor(
    readonly read: GroupList | undefined,
    readonly write: GroupList | undefined,
    readonly admin: GroupList | undefined,
  ) {}
}

class Groups implements GroupList {
  private tokens: ValueToken[] | undefined;

  constructor(
    readonly attribute: XmlAttribute,
    /** The value split, kept: a later version's tree patch changes the attribute's value in place. */
    private readonly value: string,
    readonly names: readonly string[],
  ) {}

  // Made when first read, from the value: the rules read the names of every list, the items (with their places)
  // only of the lists they report on, and a large map has tens of thousands of lists.
  get items(): ValueToken[] {
    if (!this.tokens) {
      const tokens: ValueToken[] = [];
      splitGroupList(this.value, (s, e, piece, pieceEnd) => {
        tokens.push(s === e ? new Token('', this.attribute, piece, pieceEnd) : new Token(this.names[tokens.length], this.attribute, s, e));
      });
      this.tokens = tokens;
    }
    return this.tokens;
  }
}

// Shared by every build (a build is synchronous and takes each list from its own mark).
const destinationAttributesOfEntry = new ListCollector<XmlAttribute>();
const namesOfList = new ListCollector<string>();

/** A part of a destination attribute; its document span is worked out when read. */
class AttributePatternPart implements DocumentPatternPart {
  constructor(
    readonly pattern: DestinationPattern,
    readonly start: number,
    readonly end: number,
    private readonly attr: XmlAttribute,
    private readonly wholeValue: boolean,
  ) {}

  get span(): Span {
    const attr = this.attr;
    return this.wholeValue ? attr.valueSpan : { start: attr.valueOffset(this.start), end: attr.valueEndOffset(this.end) };
  }
}

function patternParts(attr: XmlAttribute, kind: DestinationKind): AuthorizationEntry['patterns'] {
  // tempQueue="true" stands for every temporary destination of that kind, whatever its value says.
  const temporary = kind === 'temp-queue' || kind === 'temp-topic';
  return splitCompositeWith(temporary ? '>' : attr.value, kind, (pattern, start, end) => new AttributePatternPart(pattern, start, end, attr, temporary));
}

/**
 * A piece of a value: its text and where it lies in the attribute's value. Its span is made when read (a large map has
 * many), from the attribute's offsets, so that it follows them when a later version's parse moves them (treePatch.ts).
 */
class Token implements ValueToken {
  constructor(
    readonly text: string,
    private readonly attr: XmlAttribute,
    private readonly startInValue: number,
    private readonly endInValue: number,
  ) {}

  get span(): Span {
    return { start: this.attr.valueOffset(this.startInValue), end: this.attr.valueEndOffset(this.endInValue) };
  }
}

/** The whole value as one token (ActiveMQ compares user names and passwords as written: no trimming). */
class WholeValue implements ValueToken {
  readonly text: string;

  constructor(private readonly attr: XmlAttribute) {
    this.text = attr.value;
  }

  get span(): Span {
    return this.attr.valueSpan;
  }
}

function wholeValue(attr: XmlAttribute | undefined): ValueToken | undefined {
  return attr && new WholeValue(attr);
}

/** Splits a group list as AuthorizationEntry.parseACLs and SimpleAuthenticationPlugin.setUsers do. */
export function groupList(attr: XmlAttribute | undefined): GroupList | undefined {
  if (!attr) return undefined;
  const value = attr.value;
  return new Groups(attr, value, internedNames(value));
}

/**
 * The names of a list value, one array for every list of the same value in a build: a large map repeats a few lists
 * (`admins`, `admins,users`) thousands of times, and the names are never changed by a reader.
 */
function internedNames(value: string): readonly string[] {
  let names = namesByValue.get(value);
  if (!names) {
    const from = namesOfList.mark();
    splitGroupList(value, (s, e) => namesOfList.push(s === e ? '' : value.slice(s, e)));
    namesByValue.set(value, (names = namesOfList.take(from)));
  }
  return names;
}

// Emptied after each build and each entry built again after a value edit, so that no document's names outlive it.
const namesByValue = new Map<string, readonly string[]>();

/**
 * Calls `piece` with each item's trimmed bounds in `value` and its piece's bounds between the commas: StringTokenizer
 * skips empty pieces; a piece of blanks only is a group named "" (its trimmed bounds are empty).
 */
function splitGroupList(value: string, piece: (start: number, end: number, pieceStart: number, pieceEnd: number) => void): void {
  let pieceStart = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && value[i] !== ',') continue;
    if (i > pieceStart) {
      let s = pieceStart;
      let e = i;
      while (s < e && isBlank(value.charCodeAt(s))) s++;
      while (e > s && isBlank(value.charCodeAt(e - 1))) e--;
      piece(s, e, pieceStart, i);
    }
    pieceStart = i + 1;
  }
}

/** String.trim in Java drops every character up to U+0020. */
function isBlank(code: number): boolean {
  return code <= 32;
}

function connector(element: XmlElement, kind: Connector['kind']): Connector {
  return { element, kind, name: wholeValue(attribute(element, 'name')), uri: wholeValue(attribute(element, 'uri')) };
}

function schemaVersion(tree: XmlTree): string | undefined {
  for (const root of tree.roots) {
    for (const attr of root.attributes) {
      if (!attr.name.endsWith('schemaLocation')) continue;
      const match = SCHEMA_VERSION.exec(attr.value);
      if (match) return match[1];
    }
  }
  return undefined;
}

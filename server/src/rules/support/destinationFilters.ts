// Every place outside the authorization map where ActiveMQ reads a destination name as a filter, with wildcards:
// DestinationMapEntry subclasses (policyEntry, destinationEntry, filteredKahaDB, redeliveryPolicy: their queue=/topic=
// go into a DestinationMap), the network connector's destination lists (DestinationFilter.parseFilter in
// NetworkBridgeFilter / DemandForwardingBridgeSupport) and its destinationFilter, and virtual destinations' names
// (VirtualDestinationInterceptor keeps them in a DestinationMap).
import type { DestinationKind } from '../../destinations';
import { splitComposite } from '../../destinations';
import type { SecurityModel } from '../../model/types';
import type { Span, XmlAttribute, XmlElement } from '../../parser/xmlTree';
import { partSegments } from './segments';

export interface FilterSegment {
  text: string;
  span: Span;
  /** What a literal name there means at run time, for messages. */
  effect: string;
}

const MAP_ENTRIES: Record<string, string> = {
  policyEntry: 'this policyEntry applies only to a destination of that very name',
  destinationEntry: 'this entry applies only to a destination of that very name',
  filteredKahaDB: 'this store takes only a destination of that very name',
  redeliveryPolicy: 'this redelivery policy applies only to a destination of that very name',
};
const NETWORK_LISTS: Record<string, string> = {
  excludedDestinations: 'the bridge excludes only a destination of that very name, so the ones meant are still bridged',
  dynamicallyIncludedDestinations: 'the bridge includes only a destination of that very name, so the ones meant are not bridged',
  staticallyIncludedDestinations: 'the bridge forwards only a destination of that very name',
};
const NETWORK_CONNECTORS = new Set(['networkConnector', 'multicastNetworkConnector', 'ldapNetworkConnector']);
const VIRTUAL: Record<string, DestinationKind> = { virtualTopic: 'topic', compositeQueue: 'queue', compositeTopic: 'topic' };

function segmentsOfValue(attr: XmlAttribute, kind: DestinationKind, effect: string): FilterSegment[] {
  return splitComposite(attr.value, kind).flatMap((part) => partSegments(attr, part).map((segment) => ({ ...segment, effect })));
}

function attr(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}

/** The segments of every destination filter of this broker outside its authorization entries. */
export function filterSegments(model: SecurityModel): FilterSegment[] {
  const out: FilterSegment[] = [];
  const add = (a: XmlAttribute | undefined, kind: DestinationKind, effect: string) => {
    if (a) out.push(...segmentsOfValue(a, kind, effect));
  };
  for (const element of model.activemqElements) {
    const name = element.localName;
    const mapEntry = MAP_ENTRIES[name];
    if (mapEntry) {
      add(attr(element, 'queue'), 'queue', mapEntry);
      add(attr(element, 'topic'), 'topic', mapEntry);
    } else if ((name === 'queue' || name === 'topic') && element.parent && NETWORK_LISTS[element.parent.localName]) {
      add(attr(element, 'physicalName') ?? attr(element, 'name'), name, NETWORK_LISTS[element.parent.localName]);
    } else if (NETWORK_CONNECTORS.has(name)) {
      // NetworkConnector subscribes to ActiveMQ.Advisory.Consumer.<destinationFilter>.
      add(attr(element, 'destinationFilter'), 'topic', 'the bridge watches consumers only on a destination of that very name');
    } else if (VIRTUAL[name]) {
      add(attr(element, 'name'), VIRTUAL[name], 'this virtual destination applies only to a destination of that very name');
    }
  }
  return out;
}

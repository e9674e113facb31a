// A realistic authorization map for the benchmarks: per application, entries on its own queues and topics
// (literal names, `APP.>`, `APP.*.EVENTS`), a few broad entries (`>`, `ActiveMQ.Advisory.>`), deterministic.
import { parseDestination, type DestinationKind, type MapEntryInput } from '../server/src/destinations';

const BROAD: [DestinationKind, string][] = [
  ['queue', '>'],
  ['topic', '>'],
  ['topic', 'ActiveMQ.Advisory.>'],
  ['queue', 'Consumer.*.VirtualTopic.>'],
  ['topic', 'VirtualTopic.>'],
];

export function generateAuthorizationMap(entryCount: number): MapEntryInput[] {
  const entries: MapEntryInput[] = [];
  const add = (kind: DestinationKind, text: string, group: string) => {
    const id = entries.length;
    const admins = id % 3 === 0 ? [group, 'admins'] : ['admins'];
    entries.push({ id, patterns: [parseDestination(text, kind)], read: [group], write: id % 2 ? [group] : [], admin: admins });
  };
  for (const [kind, text] of BROAD) add(kind, text, 'admins');
  for (let app = 0; entries.length < entryCount; app++) {
    const name = `APP${app}`;
    const group = `team${app % 200}`;
    const shapes: [DestinationKind, string][] = [
      ['queue', `${name}.>`],
      ['queue', `${name}.ORDERS.IN`],
      ['queue', `${name}.ORDERS.OUT`],
      ['topic', `${name}.*.EVENTS`],
      ['topic', `${name}.PRICES.>`],
      ['queue', `${name}.DLQ`],
    ];
    for (const [kind, text] of shapes) {
      if (entries.length >= entryCount) break;
      add(kind, text, group);
    }
  }
  return entries;
}

// entry-destination: an authorization entry without a destination, with two of them, with an empty one, or a
// temp attribute among the regular entries.
import type { Finding, Rule } from './types';

export const entryDestination: Rule = {
  id: 'entry-destination',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'An authorizationEntry without exactly one usable queue/topic destination.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      if (entry.role !== 'entry') continue;
      const attrs = entry.destinationAttributes;
      if (attrs.length === 0) {
        findings.push({ span: entry.element.nameSpan, message: 'This entry names no destination (`queue` or `topic`): ActiveMQ fails at start-up with a NullPointerException in DestinationMap.' });
        continue;
      }
      // attrs[0] is the one ActiveMQ keeps (the model orders them so); the others are ignored.
      for (const ignored of attrs.slice(1)) {
        findings.push({
          span: ignored.nameSpan,
          message: `ActiveMQ ignores this \`${ignored.name}\`: an entry holds one destination and \`${attrs[0].name}="${attrs[0].value}"\` of the ` +
            `same entry replaces it (the attributes are applied in alphabetical order, whatever order they are written in). Write one entry per destination.`,
          related: [{ span: attrs[0].nameSpan, message: `\`${attrs[0].name}\` of the same entry: the destination that takes effect` }],
        });
      }
      const first = attrs[0];
      if ((first.name === 'queue' || first.name === 'topic') && entry.patterns.length === 0) {
        findings.push({ span: first.nameSpan, message: `\`${first.name}\` is empty: ActiveMQ fails at start-up with "Invalid destination name: a non-empty name is required".` });
      }
      if (first.name === 'tempQueue' || first.name === 'tempTopic') {
        findings.push({
          span: first.nameSpan,
          message: `Temporary destinations ignore \`authorizationEntries\` (AuthorizationBroker consults only the ` +
            `tempDestinationAuthorizationEntry), so this \`${first.name}\` entry has no effect. Use <tempDestinationAuthorizationEntry> in the authorizationMap.`,
        });
      }
    }
    return findings;
  },
};

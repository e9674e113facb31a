// Generated broker configs for the benchmarks: N authorization entries (the pattern engine's realistic mix) and a
// user for every five entries. `disjoint` gives every entry a destination of its own instead (one literal name, no
// two entries sharing a destination): about the same size, the same users and rights, but nothing for
// pattern-overlap to report.
import { securedBroker } from '../test/helpers';
import { generateAuthorizationMap } from './overlap';

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function generateConfig(entryCount: number, { disjoint = false } = {}): string {
  const entries = generateAuthorizationMap(entryCount);
  const groups = new Set<string>();
  for (const e of entries) for (const g of [...e.read, ...e.write, ...e.admin]) if (g !== '*') groups.add(g);
  const groupNames = [...groups];
  const users: string[] = [];
  for (let i = 0; i < Math.ceil(entryCount / 5); i++) {
    const mine = [groupNames[i % groupNames.length], groupNames[(i * 7 + 3) % groupNames.length]].filter(Boolean);
    users.push(`          <authenticationUser username="user${i}" password="\${user${i}.password}" groups="${escape([...new Set(mine)].join(','))}"/>`);
  }
  const lines = entries.map((e) => {
    const kind = e.patterns[0]?.kind === 'topic' ? 'topic' : 'queue';
    const value = disjoint ? `DEST${e.id}.${kind.toUpperCase()}` : e.patterns.map((p) => p.text).join(',');
    return `              <authorizationEntry ${kind}="${escape(value)}" read="${escape(e.read.join(','))}" write="${escape(e.write.join(','))}" admin="${escape(e.admin.join(','))}"/>`;
  });
  // The same skeleton the tests use, plus a TLS connector so that the transport rules have work too.
  return securedBroker(users.join('\n'), lines.join('\n')).replace(
    '    </plugins>',
    '    </plugins>\n    <transportConnectors>\n      <transportConnector name="openwire" uri="ssl://0.0.0.0:61617"/>\n    </transportConnectors>',
  );
}

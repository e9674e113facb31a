// Random security configs for the differential test, and the destinations to ask about: drawn to hit and to miss
// each entry's pattern. A config is plain data, so that it can be shrunk and printed.
import { seededRandom } from '../../helpers';
import { brokerXml, escapeXml } from '../configXml';

export type Rng = () => number;

/** A seeded generator, so that a seed names a run. */
export const rng = (seed: number): Rng => seededRandom(seed);

const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const chance = (r: Rng, p: number) => r() < p;
const between = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export interface Rights {
  /** Group lists as written (blanks, case variants and `*` included); absent attributes are undefined. */
  read?: string;
  write?: string;
  admin?: string;
}

export interface EntrySpec extends Rights {
  /** The destination attributes in document order: one, or `queue=` and `topic=` together. */
  destinations: { attribute: 'queue' | 'topic'; value: string }[];
}

export interface UserSpec {
  name: string;
  password: string;
  groups: string;
}

export interface ConfigSpec {
  /** simpleAuthenticationPlugin users, or JAAS users.properties / groups.properties beside the config. */
  authentication: 'simple' | 'jaas';
  users: UserSpec[];
  anonymousAccessAllowed: boolean;
  entries: EntrySpec[];
  defaultEntry?: Rights;
  tempEntry?: Rights;
}

const SEGMENTS = ['A', 'B', 'ORDERS', 'Orders', 'x'];
const GROUPS = ['g1', 'g2', 'G1', 'admins', 'users'];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'];

function groupList(r: Rng, extra: string[]): string {
  const items = Array.from({ length: between(r, 1, 3) }, () => (chance(r, 0.12) ? pick(r, extra) : pick(r, GROUPS)));
  const separator = pick(r, [',', ',', ', ', ' , ']);
  let text = items.join(separator);
  if (chance(r, 0.1)) text = ` ${text} `;
  return text;
}

function rights(r: Rng, extra: string[]): Rights {
  const out: Rights = {};
  for (const right of ['read', 'write', 'admin'] as const) if (chance(r, 0.6)) out[right] = groupList(r, extra);
  return out;
}

function patternText(r: Rng): string {
  const length = between(r, 1, 3);
  const segments = Array.from({ length }, () => pick(r, SEGMENTS));
  const roll = r();
  if (roll < 0.2) segments[length - 1] = '>';
  else if (roll < 0.35) segments[between(r, 0, length - 1)] = '*';
  else if (roll < 0.42 && length > 1) segments[0] = '>'; // `>` not last
  else if (roll < 0.47) segments.splice(between(r, 0, length), 0, ''); // an empty segment
  else if (roll < 0.52) segments[length - 1] += '>'; // `x>`: a literal, not a wildcard
  return segments.join('.');
}

function destinationValue(r: Rng): string {
  if (chance(r, 0.12)) return `${patternText(r)},${chance(r, 0.3) ? ' ' : ''}${patternText(r)}`; // composite
  return patternText(r);
}

export function generateConfig(r: Rng): ConfigSpec {
  const userCount = between(r, 2, 4);
  const users: UserSpec[] = [];
  for (let i = 0; i < userCount; i++) users.push({ name: USERS[i], password: `${USERS[i]}pw`, groups: groupList(r, ['*', 'anonymous']) });
  if (chance(r, 0.35)) {
    // A duplicate: the broker keeps the last definition, password and groups.
    const twin = pick(r, users);
    users.push({ name: twin.name, password: `${twin.name}pw2`, groups: groupList(r, ['*']) });
  }
  const extra = ['*', 'anonymous', ...users.map((u) => u.name)];
  const entries: EntrySpec[] = Array.from({ length: between(r, 3, 7) }, () => {
    const roll = r();
    const value = destinationValue(r);
    const destinations: EntrySpec['destinations'] =
      roll < 0.1 ? [{ attribute: 'queue', value }, { attribute: 'topic', value: chance(r, 0.5) ? value : destinationValue(r) }]
        : roll < 0.15 ? [{ attribute: 'topic', value }, { attribute: 'queue', value }]
          : [{ attribute: roll < 0.6 ? 'queue' : 'topic', value }];
    return { destinations, ...rights(r, extra) };
  });
  return {
    authentication: chance(r, 0.2) ? 'jaas' : 'simple',
    users,
    anonymousAccessAllowed: chance(r, 0.3),
    entries,
    defaultEntry: chance(r, 0.3) ? rights(r, extra) : undefined,
    tempEntry: chance(r, 0.5) ? rights(r, extra) : undefined,
  };
}

function rightsAttributes(rights: Rights): string {
  return (['read', 'write', 'admin'] as const).filter((k) => rights[k] !== undefined).map((k) => ` ${k}="${escapeXml(rights[k]!)}"`).join('');
}

/** The config as activemq.xml, with its JAAS files when it uses JAAS. */
export function renderConfig(spec: ConfigSpec): { xml: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  let authentication: string;
  if (spec.authentication === 'simple') {
    const users = spec.users.map((u) => `\n          <authenticationUser username="${u.name}" password="${u.password}" groups="${escapeXml(u.groups)}"/>`).join('');
    authentication = `<simpleAuthenticationPlugin anonymousAccessAllowed="${spec.anonymousAccessAllowed}"><users>${users}\n        </users></simpleAuthenticationPlugin>`;
  } else {
    authentication = `<jaasAuthenticationPlugin configuration="activemq"/>`;
    files['login.config'] = 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n';
    const byName = new Map(spec.users.map((u) => [u.name, u]));
    files['users.properties'] = [...byName.values()].map((u) => `${u.name}=${u.password}\n`).join('');
    // groups.properties lists members per group: a user's groups, trimmed, become memberships.
    const members = new Map<string, string[]>();
    for (const u of byName.values()) for (const g of u.groups.split(',').map((s) => s.trim()).filter((g) => g && g !== '*')) members.set(g, [...(members.get(g) ?? []), u.name]);
    files['groups.properties'] = [...members].map(([g, names]) => `${g}=${names.join(',')}\n`).join('');
  }
  const entries = spec.entries
    .map((e) => `\n          <authorizationEntry${e.destinations.map((d) => ` ${d.attribute}="${escapeXml(d.value)}"`).join('')}${rightsAttributes(e)}/>`)
    .join('');
  const defaultEntry = spec.defaultEntry ? `\n        <defaultEntry><authorizationEntry${rightsAttributes(spec.defaultEntry)}/></defaultEntry>` : '';
  const tempEntry = spec.tempEntry ? `\n        <tempDestinationAuthorizationEntry><tempDestinationAuthorizationEntry${rightsAttributes(spec.tempEntry)}/></tempDestinationAuthorizationEntry>` : '';
  const xml = brokerXml(`
    <plugins>
      ${authentication}
      <authorizationPlugin><map><authorizationMap>
        <authorizationEntries>${entries}
        </authorizationEntries>${defaultEntry}${tempEntry}
      </authorizationMap></map></authorizationPlugin>
    </plugins>`);
  return { xml, files };
}

/** Names that a pattern's segments accept, or that narrowly miss it. */
function nameNear(r: Rng, pattern: string): string {
  const segments: string[] = [];
  for (const s of pattern.split('.')) {
    if (s === '*') segments.push(pick(r, SEGMENTS));
    else if (s === '>') for (let i = between(r, 0, 2); i > 0; i--) segments.push(pick(r, SEGMENTS));
    else segments.push(s.replace(/[*>]/g, '') || (s === '' ? '' : 'x'));
  }
  const roll = r();
  if (roll < 0.15) segments.push(pick(r, SEGMENTS)); // one segment too many
  else if (roll < 0.25 && segments.length > 1) segments.pop(); // one too few
  else if (roll < 0.35) segments[between(r, 0, segments.length - 1)] = pick(r, SEGMENTS); // one changed
  let name = segments.join('.');
  if (!name.replace(/\./g, '')) name = pick(r, SEGMENTS);
  return name;
}

/**
 * Destinations to ask about, `queue://NAME` or `topic://NAME`, none containing a wildcard character (the broker
 * would read it as a wildcard subscription). Composites stand in entries only: a client's composite is a different
 * question (each part is created on its own, so a part may exist before its first use as a single name).
 */
export function drawDestinations(r: Rng, spec: ConfigSpec, count: number): string[] {
  const patterns = spec.entries.flatMap((e) => e.destinations.flatMap((d) => d.value.split(',').map((p) => p.trim()).filter(Boolean)));
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) {
    const kind = pick(r, ['queue', 'topic']);
    const name = patterns.length && chance(r, 0.85) ? nameNear(r, pick(r, patterns)) : Array.from({ length: between(r, 1, 3) }, () => pick(r, SEGMENTS)).join('.');
    if (/[*>,]/.test(name) || name.startsWith('.') || name.endsWith('.')) continue;
    out.add(`${kind}://${name}`);
  }
  return [...out];
}

// advisory-access: some user cannot read the temp-destination advisory topics every OpenWire client subscribes to.
import { effectivePermissions, isAdvisoryName, witness, type SecurityInput } from '../destinations';
import type { AuthorizationEntry, AuthorizationMap, User } from '../model/types';
import type { ParsedDocument } from '../model/parsedDocument';
import { insertAsLastChildren, qualified } from '../base/edits';
import { effectiveUsers, groupsOfAllUsers, isPlaceholder, listOf } from './support/model';
import { advisoriesNeedAdmin } from '../model/version';
import type { Finding, Fix, Rule, RuleContext } from './types';

const TEMP_ADVISORIES = 'topic://ActiveMQ.Advisory.TempQueue,topic://ActiveMQ.Advisory.TempTopic';

interface AdvisoryData {
  needsAdmin: boolean;
  /** The entry written with queue= for advisory topics, when that is the mistake. */
  queueEntryAttribute?: { start: number; end: number };
  /** Every pattern of that entry names advisories, so `topic=` is what it meant as a whole. */
  onlyAdvisories?: boolean;
}

function firstMap(doc: ParsedDocument): AuthorizationMap | undefined {
  return doc.model.authorization.find((a) => a.map)?.map;
}

function allGroups(doc: ParsedDocument): string[] {
  return groupsOfAllUsers(doc.model);
}

/**
 * Per user, the advisory topics its own actions create and it may not create (admin), on brokers that send
 * advisories with the client's connection context (AdvisoryBroker before #2071): ActiveMQ.Advisory.Connection on
 * every connection (addConnection), ActiveMQ.Advisory.Queue / .Topic on the first use of a destination it may create
 * (addDestination), ActiveMQ.Advisory.TempQueue / .TempTopic for a temporary destination, and
 * ActiveMQ.Advisory.Consumer.* / .Producer.* for a consumer or producer on a destination it may read or write
 * (addConsumer, addProducer; one example name per entry).
 */
/** The users lacking admin on some advisory topic their actions create (in the users' order), and those topics. */
interface NotCreated {
  users: string[];
  topicsOf(user: string): string[];
}

function advisoriesNotCreated(input: SecurityInput): NotCreated {
  // What each action needs, as (users, topic) in the order the broker meets them; topic by topic rather than user by
  // user, so the work grows with entries and the users of their groups, not with their product.
  const needs: { users: string[]; topic: string }[] = [];
  const need = (users: string[], topic: string) => {
    if (users.length > 0) needs.push({ users, topic });
  };
  need(input.users.map((u) => u.name), 'topic://ActiveMQ.Advisory.Connection');
  for (const kind of ['queue', 'topic', 'temp-queue', 'temp-topic'] as const) {
    const advisory = { queue: 'Queue', topic: 'Topic', 'temp-queue': 'TempQueue', 'temp-topic': 'TempTopic' }[kind];
    const examples = kind.startsWith('temp-') ? [`${kind}://ID:example`] : input.map.entries.flatMap((e) => e.patterns.filter((p) => p.kind === kind && !isAdvisoryName(p.segments)).map((p) => `${kind}://${witness(p, p) ?? p.text}`));
    const answers = examples.map((example) => ({ name: example.slice(kind.length + 3), rights: effectivePermissions(input, example) }));
    // In the order the broker meets them (5.17.2): a consumer or producer on a new destination first creates the
    // destination (its ActiveMQ.Advisory.Queue advisory is refused first), then announces itself.
    need([...new Set(answers.flatMap((a) => a.rights.admin.users))], `topic://ActiveMQ.Advisory.${advisory}`);
    if (kind.startsWith('temp-')) continue;
    for (const { name, rights } of answers) {
      need(rights.read.users, `topic://ActiveMQ.Advisory.Consumer.${advisory}.${name}`);
      need(rights.write.users, `topic://ActiveMQ.Advisory.Producer.${advisory}.${name}`);
    }
  }
  // Many users need the same topics: each topic's admins are looked up once.
  const admins = new Map<string, Set<string>>();
  const adminsOf = (topic: string) => {
    let found = admins.get(topic);
    if (!found) admins.set(topic, (found = new Set(effectivePermissions(input, topic).admin.users)));
    return found;
  };
  // Who lacks anything is settled topic by topic; the topics themselves are listed only for the user a message names.
  const lackingUsers = new Set<string>();
  for (const { users, topic } of needs) {
    const allowed = adminsOf(topic);
    for (const user of users) if (!allowed.has(user)) lackingUsers.add(user);
  }
  return {
    // In the order of the users, as the broker's log would show them connecting.
    users: [...new Set(input.users.map((u) => u.name))].filter((name) => lackingUsers.has(name)),
    topicsOf(user: string): string[] {
      const topics = new Set<string>();
      for (const { users, topic } of needs) if (users.includes(user) && !adminsOf(topic).has(user)) topics.add(topic);
      return [...topics];
    },
  };
}

export const advisoryAccess: Rule = {
  id: 'advisory-access',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'Some user cannot read the advisory topics every JMS client subscribes to when it connects.',
  docs: {
    autofix: true,
  },
  check(context) {
    const { doc, analysis } = context;
    const map = firstMap(doc);
    if (!map || doc.model.simpleAuthentication.length === 0) return [];
    const version = analysis.brokerVersion();
    const needsAdmin = advisoriesNeedAdmin(version?.version);
    const input = analysis.securityInput();
    // A placeholder group (a template's or Spring's) may be any group once resolved: an entry granting one may
    // reach anybody, and a user in one may be in any group.
    if ([...doc.model.groups].some(([name, info]) => info.grants.length > 0 && isPlaceholder(name))) return [];
    const known = (u: User) => !(u.groups?.items ?? []).some((t) => isPlaceholder(t.text));
    const readers = new Set(effectivePermissions(input, TEMP_ADVISORIES).read.users);
    const users = effectiveUsers(doc.model).filter(known);
    const judged = new Set(users.map((u) => u.username!.text));
    const lackingRead = users.filter((u) => !readers.has(u.username!.text));
    const notCreated = needsAdmin ? advisoriesNotCreated(input) : undefined;
    const lackingCreate = new Set(notCreated?.users.filter((name) => judged.has(name)));
    if (lackingRead.length === 0 && lackingCreate.size === 0) return [];
    const label = (u: (typeof users)[number]) => `${u.username!.text} (${(u.groups?.names ?? []).join(', ') || 'no groups'})`;
    const versionNote = version
      ? `broker ${version.version}, from ${version.source === 'schemaLocation' ? 'xsi:schemaLocation' : 'the activemqXml.brokerVersion setting'}`
      : 'no broker version given, so a current broker is assumed';
    const isAdvisory = (p: AuthorizationEntry['patterns'][number]) => isAdvisoryName(p.pattern.segments);
    const queueEntry = map.entries.find((e) => e.kind === 'queue' && e.patterns.some(isAdvisory));
    const span = queueEntry ? queueEntry.destinationAttributes[0].nameSpan : (map.entriesElement ?? map.element).nameSpan;
    // Renaming queue= to topic= would duplicate an attribute in an entry that has both.
    const renamable = queueEntry && queueEntry.destinationAttributes.length === 1 ? queueEntry : undefined;
    const data: AdvisoryData = { needsAdmin, queueEntryAttribute: renamable?.destinationAttributes[0].nameSpan, onlyAdvisories: renamable?.patterns.every(isAdvisory) };
    const sentences: string[] = [];
    if (lackingRead.length) {
      sentences.push(`${listOf(lackingRead.map(label))} cannot read the topics ActiveMQ.Advisory.TempQueue and ActiveMQ.Advisory.TempTopic, which ` +
        `every JMS client subscribes to when it connects: their connections fail with a JMSSecurityException ("not authorized to read from: ` +
          `ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic"). They need read there.`);
    }
    if (notCreated && lackingCreate.size) {
      const creators = users.filter((u) => lackingCreate.has(u.username!.text));
      const first = [...lackingCreate][0];
      const topics = notCreated.topicsOf(first);
      sentences.push(`${listOf(creators.map(label))} cannot create the advisory topics their own actions create (${listOf(topics.map((t) => t.replace('topic://', '')), 4)} for \`${first}\`), and this broker sends advisories with the client's own rights (before 5.19.8 / 6.2.7 / 6.3.0): the action fails with "User ${first} is not authorized to create: ${topics[0]}" until someone with admin there has created it. They need admin there.`);
    }
    let message = `${sentences.join(' ')} (${versionNote})`;
    if (queueEntry) message = `Advisories are topics, so this \`queue=\` entry never applies to them. ${message}`;
    return [{ span, message, data } satisfies Finding];
  },
  fixes(finding, context: RuleContext): Fix[] {
    const data = finding.data as AdvisoryData | undefined;
    const map = firstMap(context.doc);
    if (!data || !map?.entriesElement) return [];
    const groups = allGroups(context.doc).join(',');
    if (!groups) return [];
    const entry = qualified(map.entriesElement, 'authorizationEntry');
    const lines = data.needsAdmin
      ? [`<${entry} topic="ActiveMQ.Advisory.>" read="${groups}" write="${groups}" admin="${groups}"/>`]
      : [`<${entry} topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="${groups}"/>`];
    const fixes: Fix[] = [{
      title: data.needsAdmin ? `Add the documented topic="ActiveMQ.Advisory.>" entry for ${groups}` : `Add read on the ActiveMQ.Advisory.TempQueue/TempTopic topics for ${groups}`,
      edits: [insertAsLastChildren(context.doc, map.entriesElement, lines)],
      preferred: !data.queueEntryAttribute,
    }];
    if (data.queueEntryAttribute) {
      fixes.unshift({ title: 'Change this ActiveMQ.Advisory entry from `queue` to `topic`', edits: [{ span: data.queueEntryAttribute, newText: 'topic' }], preferred: true, autofix: data.onlyAdvisories });
    }
    return fixes;
  },
};

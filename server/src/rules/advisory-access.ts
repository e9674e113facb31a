// advisory-access: some user cannot read the temp-destination advisory topics every OpenWire client subscribes to.
import { effectivePermissions } from '../destinations';
import type { AuthorizationEntry, AuthorizationMap, User } from '../model/types';
import type { ParsedDocument } from '../model/parsedDocument';
import { insertAsLastChildren, qualified } from '../service/edits';
import { effectiveUsers, groupsOfAllUsers, isPlaceholder, listOf } from './support/model';
import { advisoriesNeedAdmin } from './support/version';
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

export const advisoryAccess: Rule = {
  id: 'advisory-access',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'Some user cannot read the advisory topics every JMS client subscribes to when it connects.',
  docs: {
    catches: 'With authorization on, users (of a simpleAuthenticationPlugin) whose groups lack read on the topics `ActiveMQ.Advisory.TempQueue` and `ActiveMQ.Advisory.TempTopic`; on brokers before 6.3.0 / 6.2.7 / 5.19.8 also admin on them. The version comes from a versioned `activemq-core-X.Y.Z.xsd` in xsi:schemaLocation, else from the `activemqXml.brokerVersion` setting, else a current broker is assumed. Advisory entries written with `queue=` (advisories are topics) are pointed out.',
    runtime: 'An OpenWire JMS connection (watchTopicAdvisories=true by default) subscribes to those two topics right after connecting (AdvisoryConsumer); without read, AuthorizationBroker throws "User x is not authorized to read from: ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" and the client gets a JMSSecurityException on the first call that sends its ConnectionInfo (`start()`, `createSession`, ...). Before the fix in #2071, advisories were sent with the client\'s context, so clients also needed admin to create advisory topics.',
    wrong: '<authorizationEntry queue="ActiveMQ.Advisory.>" read="users" write="users" admin="users"/>',
    right: '<authorizationEntry topic="ActiveMQ.Advisory.>" read="users" write="users" admin="users"/>',
    fix: 'Add the documented advisory entry for every group that connects (quick fix), or turn the `queue=` advisory entry into `topic=`.',
    autofix: 'An `ActiveMQ.Advisory` entry written with `queue=` becomes `topic=` (advisories are only ever topics), when it names no other destination. Adding entries for groups is left for you to choose.',
  },
  check(context) {
    const { doc, analysis } = context;
    const map = firstMap(doc);
    if (!map || doc.model.simpleAuthentication.length === 0) return [];
    const version = analysis.brokerVersion();
    const needsAdmin = advisoriesNeedAdmin(version?.version);
    const input = analysis.securityInput();
    const advisories = effectivePermissions(input, TEMP_ADVISORIES);
    const readers = new Set(advisories.read.users);
    const admins = new Set(advisories.admin.users);
    // A placeholder group (a template's or Spring's) may be any group once resolved: an entry granting one may
    // reach anybody, and a user in one may be in any group.
    if ([...doc.model.groups].some(([name, info]) => info.grants.length > 0 && isPlaceholder(name))) return [];
    const known = (u: User) => !(u.groups?.items ?? []).some((t) => isPlaceholder(t.text));
    const lacking = effectiveUsers(doc.model).filter((u) => known(u) && (!readers.has(u.username!.text) || (needsAdmin && !admins.has(u.username!.text))));
    if (lacking.length === 0) return [];
    const who = lacking.map((u) => `${u.username!.text} (${(u.groups?.items ?? []).map((t) => t.text).join(', ') || 'no groups'})`);
    const versionNote = version
      ? `broker ${version.version}, from ${version.source === 'schemaLocation' ? 'xsi:schemaLocation' : 'the activemqXml.brokerVersion setting'}`
      : 'no broker version given, so a current broker is assumed';
    const need = needsAdmin ? 'read and admin' : 'read';
    const isAdvisory = (p: AuthorizationEntry['patterns'][number]) => p.pattern.segments[0] === 'ActiveMQ' && p.pattern.segments[1] === 'Advisory';
    const queueEntry = map.entries.find((e) => e.kind === 'queue' && e.patterns.some(isAdvisory));
    const span = queueEntry ? queueEntry.destinationAttributes[0].nameSpan : (map.entriesElement ?? map.element).nameSpan;
    // Renaming queue= to topic= would duplicate an attribute in an entry that has both.
    const renamable = queueEntry && queueEntry.destinationAttributes.length === 1 ? queueEntry : undefined;
    const data: AdvisoryData = { needsAdmin, queueEntryAttribute: renamable?.destinationAttributes[0].nameSpan, onlyAdvisories: renamable?.patterns.every(isAdvisory) };
    let message = `${listOf(who)} cannot ${needsAdmin ? 'read and create' : 'read'} the topics ActiveMQ.Advisory.TempQueue and ActiveMQ.Advisory.TempTopic, which every JMS client subscribes to when it connects: their connections fail with a JMSSecurityException ("not authorized to read from: ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic"). They need ${need} there (${versionNote}).`;
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

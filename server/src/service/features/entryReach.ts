// Entries that never apply, so that the editor says so where it lists them (a group's grants in its hover).
// ActiveMQ creates advisory destinations only as topics (AdvisorySupport.get…AdvisoryTopic), and queue and topic
// names live in separate trees of the authorization map: a `queue=` entry on ActiveMQ.Advisory.… matches nothing.
import { isAdvisoryName } from '../../destinations';
import type { AuthorizationEntry } from '../../model/types';

const isAdvisoryPart = (part: AuthorizationEntry['patterns'][number]) => isAdvisoryName(part.pattern.segments);

/** Why an entry never applies to any destination, or undefined when it may. */
export function whyNeverApplies(entry: AuthorizationEntry): string | undefined {
  if (entry.kind === 'queue' && entry.patterns.length > 0 && entry.patterns.every(isAdvisoryPart)) {
    return 'never applies: advisories are topics, and this is a `queue=` entry';
  }
  return undefined;
}

// virtual-topic-consumer-kind: a virtual-topic consumer pattern written as a topic.
import type { AuthorizationEntry } from '../model/types';
import type { Finding, Fix, Rule } from './types';

function isConsumerPattern(segments: string[]): boolean {
  return segments[0] === 'Consumer' && segments.slice(1, 4).includes('VirtualTopic');
}

function consumerTopicEntry(entry: AuthorizationEntry): boolean {
  return entry.role === 'entry' && entry.destinationAttributes[0]?.name === 'topic' && entry.patterns.some((p) => p.pattern.kind === 'topic' && isConsumerPattern(p.pattern.segments));
}

interface KindData {
  /** The entry has one destination attribute (renaming it duplicates none) whose every pattern is a consumer queue. */
  renamable: boolean;
  onlyConsumers: boolean;
}

export const virtualTopicConsumerKind: Rule = {
  id: 'virtual-topic-consumer-kind',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'A `Consumer.*.VirtualTopic...` pattern under `topic=`: virtual-topic consumers read from queues.',
  docs: {
    autofix: true,
  },
  check({ doc }) {
    return doc.model.entries.filter(consumerTopicEntry).map((entry): Finding => ({
      span: entry.destinationAttributes[0].nameSpan,
      message: 'Virtual-topic consumers read from QUEUES named Consumer.<id>.VirtualTopic.<name>; a `topic=` entry never applies to them, so they ' +
        'are refused. Use `queue=` (they also need admin there to create their queue).',
      data: {
        renamable: entry.destinationAttributes.length === 1,
        onlyConsumers: entry.patterns.every((p) => isConsumerPattern(p.pattern.segments)),
      } satisfies KindData,
    }));
  },
  fixes(finding): Fix[] {
    const data = finding.data as KindData | undefined;
    if (!data?.renamable) return [];
    return [{ title: 'Change `topic` to `queue`', edits: [{ span: finding.span, newText: 'queue' }], preferred: true, autofix: data.onlyConsumers }];
  },
};

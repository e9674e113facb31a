// What the wildcards of one destination pattern mean to ActiveMQ's authorization map, segment by segment, plus what
// the well-known prefixes (advisories, virtual topics) are for.

/** Markdown lines explaining `pattern` of a `queue` or `topic` attribute. */
export function explainPattern(pattern: string, kind: 'queue' | 'topic' | string): string[] {
  const segments = pattern.split('.');
  const lines: string[] = [];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '*') lines.push(`- segment ${index + 1} \`*\`: exactly one segment, any name`);
    else if (segment === '>' && last) lines.push(`- \`>\` at the end: any number of further segments, none included (\`${segments.slice(0, -1).join('.') || '…'}\` itself matches)`);
    else if (segment === '>') lines.push(`- \`>\` before the end: authorization treats it like a trailing \`>\`, other matchers as literal text; put it last`);
    else if (/[*>]/.test(segment)) lines.push(`- \`${segment}\`: literal text — wildcards count only as whole segments`);
  });
  if (lines.length === 0) lines.push('- no wildcards: exactly this one destination');
  if (/^ActiveMQ\.Advisory\./.test(pattern)) lines.push(kind === 'topic'
    ? '- advisory topics: JMS clients read ActiveMQ.Advisory.TempQueue/TempTopic when they connect, and the broker sends advisories itself'
    : '- advisories are topics: a queue pattern here matches none of them');
  if (/^VirtualTopic\./.test(pattern)) lines.push(kind === 'topic' ? '- virtual topic: producers write here; consumers read from ' +
    '`Consumer.<name>.VirtualTopic…` queues' : '- `VirtualTopic.…` is a topic name; the consumer side is the queue `Consumer.<name>.VirtualTopic…`');
  if (/^Consumer\.[^.]+\.VirtualTopic\./.test(pattern)) lines.push(kind === 'queue' ? '- virtual-topic consumer queues: consumers need read here ' +
    '(and admin to create them)' : '- virtual-topic consumers read QUEUES: a topic pattern here matches nothing they use');
  return lines;
}

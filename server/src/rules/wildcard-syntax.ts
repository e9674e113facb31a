// wildcard-syntax: text that looks like a wildcard to a reader but not to ActiveMQ.
import { segmentsOf } from './support/segments';
import type { Finding, Fix, Rule } from './types';

interface GlueData {
  segment: string;
}

export const wildcardSyntax: Rule = {
  id: 'wildcard-syntax',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'A `>` or `*` glued to text, a `>` that is not last, or empty segments in a destination pattern.',
  docs: {
    catches: 'In `queue` and `topic` patterns: `>` or `*` glued to other text (`nodes>`, `FOO*`, as in a widely copied documentation example), a `>` followed by more segments, and empty segments (`A..B`, a leading or trailing dot).',
    runtime: 'DestinationMap compares whole segments with equals, so `nodes>` is the literal name `nodes>`: the entry never matches `...nodes` or anything under it. A `>` that is not last behaves like a last one (everything below, but not the bare prefix); empty segments are kept and only match names with an empty segment.',
    wrong: '<authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes>" read="alfresco"/>',
    right: '<authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes.>" read="alfresco"/>',
    fix: 'Make each wildcard a segment of its own (`nodes.>`), or drop it; remove stray dots.',
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      if (entry.role !== 'entry') continue;
      const segments = segmentsOf(entry);
      for (const seg of segments) {
        const last = seg.index === seg.part.pattern.segments.length - 1;
        if (seg.text !== '>' && seg.text !== '*' && /[>*]/.test(seg.text)) {
          const glued = seg.text.endsWith('>') ? '>' : seg.text.includes('*') ? '*' : '>';
          const data: GlueData = { segment: seg.text };
          findings.push({
            span: seg.span,
            message: `ActiveMQ reads \`${seg.text}\` as a literal name, not a wildcard (wildcards count only as whole segments), so this entry never matches \`…${seg.text.replace(/[>*]/g, '')}\` or anything under it. Write \`${glued === '>' ? seg.text.replace(/>$/, '.>') : seg.text.replace('*', '.*')}\` if a wildcard was meant.`,
            data,
          });
        } else if (seg.text === '>' && !last) {
          findings.push({ span: seg.span, message: 'A `>` must be the last segment: here ActiveMQ\'s authorization map treats it as a last `>` (every name below, but not the bare prefix), and what follows it is ignored.' });
        } else if (seg.text === '') {
          findings.push({ span: { start: seg.span.start - (seg.index > 0 ? 1 : 0), end: seg.span.end + (seg.index === 0 ? 1 : 0) }, message: 'An empty segment (a doubled, leading or trailing dot): ActiveMQ keeps it, so this pattern only matches names that have an empty segment right here.' });
        }
      }
    }
    return findings;
  },
  fixes(finding): Fix[] {
    const data = finding.data as GlueData | undefined;
    if (!data) return [];
    const fixes: Fix[] = [];
    if (data.segment.endsWith('>')) {
      const stem = data.segment.slice(0, -1);
      fixes.push({ title: `Make it a wildcard: \`${stem}.>\``, edits: [{ span: finding.span, newText: `${stem}.>` }], preferred: true });
      fixes.push({ title: `Drop the \`>\`: \`${stem}\``, edits: [{ span: finding.span, newText: stem }] });
    }
    return fixes;
  },
};

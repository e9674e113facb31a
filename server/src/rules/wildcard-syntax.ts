// wildcard-syntax: text that looks like a wildcard to a reader but not to ActiveMQ.
import { filterSegments } from './support/destinationFilters';
import { segmentsOf } from './support/segments';
import type { Span } from '../parser/xmlTree';
import type { Finding, Fix, Rule } from './types';

interface GlueData {
  segment: string;
}

const WILDCARD_CHARACTER = /[>*]/;

function isGlued(segment: string): boolean {
  return segment !== '>' && segment !== '*' && WILDCARD_CHARACTER.test(segment);
}

type SegmentFault = 'glued' | 'notLast' | 'empty';

/** What is wrong with the segment at `index` of `segments`, if anything. */
function segmentFault(segments: readonly string[], index: number): SegmentFault | undefined {
  const text = segments[index];
  if (isGlued(text)) return 'glued';
  if (text === '>' && index < segments.length - 1) return 'notLast';
  return text === '' ? 'empty' : undefined;
}

/** Most patterns have no fault: their segments are not located. */
function hasFault(segments: readonly string[]): boolean {
  return segments.some((_, index) => segmentFault(segments, index) !== undefined);
}

/** A `>` or `*` inside a segment; `effect` says what the literal name means in its place. */
function gluedFinding(segment: string, span: Span, effect: string): Finding {
  const data: GlueData = { segment };
  const advice = segment.endsWith('>')
    ? `Write \`${segment.replace(/>$/, '.>')}\` if everything under \`${segment.slice(0, -1)}\` was meant.`
    : `ActiveMQ has no wildcard for part of a segment: \`*\` stands for one whole segment, so names can only be matched this way if the varying part is a segment of its own (\`${segment.replace(/[_-]*\*.*$/, '')}.*\`).`;
  return { span, message: `ActiveMQ reads \`${segment}\` as a literal name, not a wildcard (wildcards count only as whole segments): ${effect}. ${advice}`, data };
}

export const wildcardSyntax: Rule = {
  id: 'wildcard-syntax',
  defaultSeverity: 'warning',
  category: 'meaning',
  summary: 'A `>` or `*` glued to text in a destination pattern (authorization, policy, network bridge, virtual destination), a `>` that is not last, or empty segments.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.model.entries) {
      if (entry.role !== 'entry' || !entry.patterns.some((p) => hasFault(p.pattern.segments))) continue;
      for (const seg of segmentsOf(entry)) {
        const fault = segmentFault(seg.part.pattern.segments, seg.index);
        if (fault === 'glued') {
          findings.push(gluedFinding(seg.text, seg.span, 'this entry never matches the destinations meant'));
        } else if (fault === 'notLast') {
          findings.push({ span: seg.span, message: 'A `>` must be the last segment: here ActiveMQ\'s authorization map treats it as a last `>` ' +
            '(every name below, but not the bare prefix), and what follows it is ignored.' });
        } else if (fault === 'empty') {
          findings.push({ span: { start: seg.span.start - (seg.index > 0 ? 1 : 0), end: seg.span.end + (seg.index === 0 ? 1 : 0) },
            message: 'An empty segment (a doubled, leading or trailing dot): ActiveMQ keeps it, so this pattern only matches names that have an ' +
              'empty segment right here.' });
        }
      }
    }
    // Policy entries, network bridge filters and virtual destinations read wildcards the same way.
    for (const seg of filterSegments(doc.model)) if (isGlued(seg.text)) findings.push(gluedFinding(seg.text, seg.span, seg.effect));
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

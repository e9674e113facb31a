// The document span of each segment of an entry's patterns, through the attribute's decoded-value offsets.
import type { AuthorizationEntry, DocumentPatternPart } from '../../model/types';
import type { Span } from '../../parser/xmlTree';

export interface LocatedSegment {
  part: DocumentPatternPart;
  index: number;
  text: string;
  span: Span;
}

export function segmentsOf(entry: AuthorizationEntry): LocatedSegment[] {
  const attr = entry.destinationAttributes[0];
  if (!attr || attr.name === 'tempQueue' || attr.name === 'tempTopic') return [];
  const out: LocatedSegment[] = [];
  for (const part of entry.patterns) {
    const partText = attr.value.slice(part.start, part.end);
    let at = part.start + Math.max(0, partText.indexOf(part.pattern.text));
    part.pattern.segments.forEach((text, index) => {
      out.push({ part, index, text, span: { start: attr.valueOffset(at), end: attr.valueEndOffset(at + text.length) } });
      at += text.length + 1;
    });
  }
  return out;
}

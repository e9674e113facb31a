// The document span of each segment of an entry's patterns, through the attribute's decoded-value offsets.
import type { AuthorizationEntry, DocumentPatternPart } from '../../model/types';
import type { Span, XmlAttribute } from '../../parser/xmlTree';
import type { PatternPart } from '../../destinations';

export interface LocatedSegment {
  part: DocumentPatternPart;
  index: number;
  text: string;
  span: Span;
}

export function segmentsOf(entry: AuthorizationEntry): LocatedSegment[] {
  const attr = entry.destinationAttributes[0];
  if (!attr || attr.name === 'tempQueue' || attr.name === 'tempTopic') return [];
  return entry.patterns.flatMap((part) => partSegments(attr, part).map((segment, index) => ({ ...segment, part, index })));
}

/** The segments of one composite part of an attribute value, each with its span in the document. */
export function partSegments(attr: XmlAttribute, part: PatternPart): { text: string; span: Span }[] {
  const partText = attr.value.slice(part.start, part.end);
  let at = part.start + Math.max(0, partText.indexOf(part.pattern.text));
  return part.pattern.segments.map((text) => {
    const span = { start: attr.valueOffset(at), end: attr.valueEndOffset(at + text.length) };
    at += text.length + 1;
    return { text, span };
  });
}

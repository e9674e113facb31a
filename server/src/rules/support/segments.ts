// The document span of each segment of an entry's patterns, through the attribute's decoded-value offsets.
// Spans are placed only when read: a rule looks at every segment of every entry but reports few of them, and mapping
// an offset through the attribute's decoding for each segment of a 30,000-entry map was a fifth of that rule's time.
import type { AuthorizationEntry, DocumentPatternPart } from '../../model/types';
import type { Span, XmlAttribute } from '../../parser/xmlTree';
import type { PatternPart } from '../../destinations';

export interface LocatedSegment {
  part: DocumentPatternPart;
  index: number;
  text: string;
  readonly span: Span;
}

/** A segment starting at offset `at` of the attribute's decoded value. */
class SegmentAt {
  constructor(
    private readonly attr: XmlAttribute,
    private readonly at: number,
    readonly text: string,
  ) {}

  get span(): Span {
    return { start: this.attr.valueOffset(this.at), end: this.attr.valueEndOffset(this.at + this.text.length) };
  }
}

class EntrySegment extends SegmentAt implements LocatedSegment {
  constructor(
    attr: XmlAttribute,
    at: number,
    text: string,
    readonly part: DocumentPatternPart,
    readonly index: number,
  ) {
    super(attr, at, text);
  }
}

export function segmentsOf(entry: AuthorizationEntry): LocatedSegment[] {
  const attr = entry.destinationAttributes[0];
  if (!attr || attr.name === 'tempQueue' || attr.name === 'tempTopic') return [];
  const located: LocatedSegment[] = [];
  for (const part of entry.patterns) {
    let at = firstSegmentAt(attr, part);
    part.pattern.segments.forEach((text, index) => {
      located.push(new EntrySegment(attr, at, text, part, index));
      at += text.length + 1;
    });
  }
  return located;
}

/** The segments of one composite part of an attribute value, each with its span in the document. */
export function partSegments(attr: XmlAttribute, part: PatternPart): { text: string; span: Span }[] {
  let at = firstSegmentAt(attr, part);
  return part.pattern.segments.map((text) => {
    const segment = new SegmentAt(attr, at, text);
    at += text.length + 1;
    return { text, span: segment.span };
  });
}

function firstSegmentAt(attr: XmlAttribute, part: PatternPart): number {
  const partText = attr.value.slice(part.start, part.end);
  return part.start + Math.max(0, partText.indexOf(part.pattern.text));
}

// The scanner's tree of a text after an edit inside one plain attribute value, made from the tree of the text before
// it by changing that tree in place: the value, and every offset after the edit moved by the edit's length. A
// keystroke in a large config then allocates no new tree (at 10,000 entries the scan is ~30 ms and its tree ~10 MB
// that the collector copies, on every keystroke). The tree before the edit is no longer valid afterwards: only a
// caller that never reads an earlier version's parse again (the validation worker) may ask for this.
import type { ScannedElement } from './scannedElement';
import type { Span, XmlAttribute, XmlTree } from './xmlTree';

/**
 * The edit: `attribute` of `element` had its value changed, its value now ending `delta` characters later. The caller
 * has checked that the edit lies inside that value and leaves it plain (no `<`, `&` or quote, no character XML
 * forbids) before and after, in a tree without syntax problems, doctype or template: the scanner would then read
 * the same elements and attributes, only with this value and with the offsets after it moved.
 */
export interface ValueEdit {
  element: ScannedElement;
  attribute: XmlAttribute;
  delta: number;
}

/** The tree of `text` (see above): a new tree object over the same, changed, elements. */
export function patchValueEdit(tree: XmlTree, text: string, { element, attribute, delta }: ValueEdit): XmlTree {
  const at = attribute.valueEnd;
  attribute.valueEnd += delta;
  attribute.value = text.slice(attribute.valueStart, attribute.valueEnd);
  if (delta !== 0) {
    moveElementFrom(element, at, delta);
    for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) moveElementFrom(ancestor, at, delta);
    // The scanner's tree holds its own elements only.
    const elements = tree.elements as ScannedElement[];
    for (let i = element.index + 1; i < elements.length; i++) moveElementFrom(elements[i], at, delta);
    moveSpans(tree.comments, at, delta);
    moveSpans(tree.lintComments, at, delta);
    moveSpans(tree.entityNotes.map((note) => note.span), at, delta);
    if (tree.namespaceNesting.at) moveSpans([tree.namespaceNesting.at], at, delta);
  }
  // A new object: what is cached per tree (the lint comments read) is made again for this text.
  return { ...tree, text };
}

/** Moves the offsets of an element and of its attributes that lie at or after `at` (the old end of the value). */
function moveElementFrom(element: ScannedElement, at: number, delta: number): void {
  if (element.start >= at) element.start += delta;
  if (element.end >= at) element.end += delta;
  if (element.startTagEnd >= at) element.startTagEnd += delta;
  if (element.contentStart !== undefined && element.contentStart >= at) element.contentStart += delta;
  if (element.endTagStart !== undefined && element.endTagStart >= at) element.endTagStart += delta;
  // Indexed loops: this runs over every element and attribute after the edit, on every keystroke.
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const attr = attributes[i];
    if (attr.nameStart < at) continue;
    attr.nameStart += delta;
    attr.valueStart += delta;
    attr.valueEnd += delta;
  }
}

function moveSpans(spans: Span[], at: number, delta: number): void {
  for (const span of spans) {
    if (span.start >= at) span.start += delta;
    if (span.end >= at) span.end += delta;
  }
}

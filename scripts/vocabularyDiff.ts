// Differences between a vocabulary JSON and a generated activemq.xsd, name by name: elements, attributes and
// child elements. Used by the vocabulary test and to write the reviewed list of known differences.
import { DOMParser } from '@xmldom/xmldom';

export interface Vocabulary {
  elements: Record<string, { attributes: Record<string, string>; children: Record<string, unknown> }>;
}

interface XsdNode {
  localName?: string | null;
  childNodes?: ArrayLike<XsdNode>;
  getAttribute?(name: string): string | null;
}

export function xsdNames(xsdText: string): Map<string, { attributes: Set<string>; children: Set<string> }> {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xsdText, 'text/xml');
  const result = new Map<string, { attributes: Set<string>; children: Set<string> }>();
  const root = doc.documentElement as unknown as XsdNode;
  for (const element of Array.from(root.childNodes ?? [])) {
    if (element.localName !== 'element') continue;
    const attributes = new Set<string>();
    const children = new Set<string>();
    const walk = (node: XsdNode) => {
      for (const child of Array.from(node.childNodes ?? [])) {
        const name = child.getAttribute?.('name');
        if (child.localName === 'attribute' && name) attributes.add(name);
        else if (child.localName === 'element' && name) children.add(name);
        else walk(child);
      }
    };
    walk(element);
    result.set(element.getAttribute!('name')!, { attributes, children });
  }
  return result;
}

/** Every difference as a line: `-element x`, `+element x`, `-x@attr`, `+x@attr`, `-x/child`, `+x/child` (- only in the XSD). */
export function vocabularyDiff(vocabulary: Vocabulary, xsdText: string): string[] {
  const xsd = xsdNames(xsdText);
  const out: string[] = [];
  for (const name of xsd.keys()) if (!vocabulary.elements[name]) out.push(`-element ${name}`);
  for (const name of Object.keys(vocabulary.elements)) if (!xsd.has(name)) out.push(`+element ${name}`);
  for (const [name, names] of xsd) {
    const element = vocabulary.elements[name];
    if (!element) continue;
    for (const a of names.attributes) if (!(a in element.attributes)) out.push(`-${name}@${a}`);
    for (const a of Object.keys(element.attributes)) if (!names.attributes.has(a)) out.push(`+${name}@${a}`);
    for (const c of names.children) if (!(c in element.children)) out.push(`-${name}/${c}`);
    for (const c of Object.keys(element.children)) if (!names.children.has(c)) out.push(`+${name}/${c}`);
  }
  return out.sort();
}

// What completion may offer where: the curated, documented names first (ELEMENT_DOCS), then everything else ActiveMQ's
// vocabulary allows there, so the common security elements lead the list and nothing valid is missing.
import { ELEMENT_DOCS } from '../../data/docs/elements';
import { allowedInProperty, attributeNames, attributeType, isKnownElement, propertyNames } from '../../data/vocabulary';
import type { XmlElement } from '../../parser/xmlTree';

/** Elements that may stand inside `parent`: its property wrappers, or what a wrapper's property allows. */
export function childElementNames(parent: XmlElement): string[] {
  const documented = ELEMENT_DOCS[parent.localName]?.children ?? [];
  const owner = parent.parent?.localName;
  const allowed = owner !== undefined && isKnownElement(owner) ? allowedInProperty(owner, parent.localName) : undefined;
  const fromVocabulary = Array.isArray(allowed) ? allowed : isKnownElement(parent.localName) ? propertyNames(parent.localName) : [];
  return [...new Set([...documented, ...fromVocabulary])];
}

export function attributeNamesOf(element: string): string[] {
  return [...new Set([...Object.keys(ELEMENT_DOCS[element]?.attributes ?? {}), ...attributeNames(element)])];
}

export function isBooleanAttribute(element: string, attribute: string): boolean {
  const type = attributeType(element, attribute);
  return type === 'boolean' || type === 'bool-editor';
}

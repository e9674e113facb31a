// What the cursor is on: a group token, a destination pattern part, a user, an element or attribute name.
import { entryOfElement, userOfElement } from '../../model/elementOwners';
import type { ParsedDocument } from '../../model/parsedDocument';
import { RIGHTS, type AuthorizationEntry, type DocumentPatternPart, type GroupInfo, type RightName, type User, type ValueToken } from '../../model/types';
import { attributeAt, elementAt, type XmlAttribute, type XmlElement } from '../../parser/xmlTree';

export type Target =
  | { kind: 'group'; group: GroupInfo; token: ValueToken }
  | { kind: 'pattern'; entry: AuthorizationEntry; part: DocumentPatternPart }
  | { kind: 'user'; user: User }
  | { kind: 'attribute'; element: XmlElement; attribute: XmlAttribute }
  | { kind: 'element'; element: XmlElement }
  | { kind: 'value'; element: XmlElement; attribute: XmlAttribute };

function within(offset: number, span: { start: number; end: number }): boolean {
  return offset >= span.start && offset <= span.end;
}

export function targetAt(doc: ParsedDocument, offset: number): Target | undefined {
  const element = elementAt(doc.tree, offset);
  if (!element) return undefined;
  if (within(offset, element.nameSpan)) return { kind: 'element', element };
  if (element.endTagStart !== undefined && offset > element.endTagStart + 1 && offset <= element.endTagStart + 2 + element.name.length) return { kind: 'element', element };
  const attr = attributeAt(element, offset);
  if (!attr) return undefined;
  if (within(offset, attr.nameSpan)) return { kind: 'attribute', element, attribute: attr };
  if (!(offset >= attr.valueStart && offset <= attr.valueEnd)) return undefined;
  const { model } = doc;
  // Only the element under the cursor is looked at, so a hover costs the same on a 10,000-entry map.
  const user = userOfElement(model, element);
  const entry = user ? undefined : entryOfElement(model, element);
  const list = attr.name === 'groups' ? user?.groups : isRightName(attr.name) ? entry?.rights[attr.name] : undefined;
  const token = list?.attribute === attr ? list.items.find((t) => t.text && within(offset, t.span)) : undefined;
  const group = token && model.groups.get(token.text);
  if (token && group) return { kind: 'group', group, token };
  const part = entry?.patterns.find((p) => within(offset, p.span));
  if (entry && part && (attr.name === 'queue' || attr.name === 'topic')) return { kind: 'pattern', entry, part };
  if (user?.username && attr.name === 'username' && within(offset, user.username.span)) return { kind: 'user', user };
  return { kind: 'value', element, attribute: attr };
}

function isRightName(name: string): name is RightName {
  return (RIGHTS as readonly string[]).includes(name);
}

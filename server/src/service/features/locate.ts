// What the cursor is on: a group token, a destination pattern part, a user, an element or attribute name.
import type { ParsedDocument } from '../../model/parsedDocument';
import type { AuthorizationEntry, DocumentPatternPart, GroupInfo, User, ValueToken } from '../../model/types';
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
  for (const [, group] of model.groups) {
    for (const token of [...group.declarations, ...group.grants.map((g) => g.token)]) {
      if (token.span.start >= attr.valueStart && token.span.end <= attr.valueEnd && within(offset, token.span) && token.text) return { kind: 'group', group, token };
    }
  }
  const entry = model.entries.find((e) => e.element === element);
  const part = entry?.patterns.find((p) => within(offset, p.span));
  if (entry && part && (attr.name === 'queue' || attr.name === 'topic')) return { kind: 'pattern', entry, part };
  const user = model.users.find((u) => u.element === element && u.username && within(offset, u.username.span));
  if (user && attr.name === 'username') return { kind: 'user', user };
  return { kind: 'value', element, attribute: attr };
}

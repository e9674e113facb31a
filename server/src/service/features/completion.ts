// Completion that works in half-typed documents: child elements of the enclosing element, attribute names, group
// names in group lists, patterns in queue/topic, true/false, transport URI schemes and options, and linter comments.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import { ELEMENT_DOCS } from '../../data/docs/elements';
import { ACTIVEMQ_NAMESPACE } from '../../model/types';
import { attributeAt, elementAt, type XmlAttribute, type XmlElement } from '../../parser/xmlTree';
import { transportCompletions } from '../../transport';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { FeatureContext } from './context';
import { commentCompletion } from './lintCommentHelp';
import { attributeNamesOf, childElementNames, isBooleanAttribute } from './vocabularyLookup';

const GROUP_ATTRIBUTES = new Set(['read', 'write', 'admin', 'groups']);
const BOOLEAN_ATTRIBUTES = new Set(['anonymousAccessAllowed', 'duplex', 'useJmx', 'persistent', 'tempQueue', 'tempTopic', 'discoverLoginConfig']);
const WELL_KNOWN_PATTERNS: [string, string][] = [
  ['>', 'every destination of this kind'],
  ['ActiveMQ.Advisory.>', 'all advisory topics (a topic pattern)'],
  ['ActiveMQ.Advisory.TempQueue', 'advisory every JMS client reads when it connects'],
  ['ActiveMQ.Advisory.TempTopic', 'advisory every JMS client reads when it connects'],
  ['VirtualTopic.>', 'virtual topics (producers write these topics)'],
  ['Consumer.*.VirtualTopic.>', 'virtual-topic consumer QUEUES'],
];

// Patterns already in the document, gathered once per parse: completion must not walk a large map per keystroke.
const patternsByDocument = new WeakMap<ParsedDocument, Record<'queue' | 'topic', Set<string>>>();

function usedPatterns(doc: ParsedDocument): Record<'queue' | 'topic', Set<string>> {
  let found = patternsByDocument.get(doc);
  if (!found) {
    found = { queue: new Set(), topic: new Set() };
    for (const entry of doc.model.entries) {
      const kind = entry.destinationAttributes[0]?.name;
      if (kind === 'queue' || kind === 'topic') for (const part of entry.patterns) found[kind].add(part.pattern.text);
    }
    patternsByDocument.set(doc, found);
  }
  return found;
}

// Empty elements whose attributes are the point: the snippet asks for each in turn.
const SNIPPET_ATTRIBUTES: Record<string, string[]> = {
  authorizationEntry: ['queue', 'read', 'write', 'admin'],
  tempDestinationAuthorizationEntry: ['read', 'write', 'admin'],
  authenticationUser: ['username', 'password', 'groups'],
  transportConnector: ['name', 'uri'],
  networkConnector: ['uri', 'userName', 'password'],
};

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

export function completion(context: FeatureContext, position: Position): CompletionList {
  const { doc } = context;
  const offset = doc.offsetAt(position);
  const inComment = commentCompletion(context, offset);
  if (inComment) return inComment;
  const element = elementAt(doc.tree, offset);
  // Typing a tag's name: offer what the enclosing element allows, not this half-typed element's children.
  if (element && offset >= element.nameSpan.start && offset <= element.nameSpan.end) return elementCompletions(context, element.parent, offset);
  const inStartTag = element && offset > element.nameSpan.end && offset < element.startTagSpan.end + (element.closed || element.contentStart !== undefined ? 0 : 1);
  if (element && inStartTag) {
    const attr = attributeAt(element, offset);
    if (attr && offset <= attr.nameSpan.end) return attributeNameCompletions(context, element, offset, attr);
    if (attr && offset >= attr.valueStart && offset <= attr.valueEnd) return valueCompletions(context, element, attr.name, attr.value, offset - attr.valueStart, attr.valueStart);
    if (!attr || offset > attr.valueEnd) return attributeNameCompletions(context, element, offset);
    return list([]);
  }
  return elementCompletions(context, element, offset);
}

function replaceRange(context: FeatureContext, start: number, end: number) {
  return context.doc.range({ start, end });
}

function wordBefore(text: string, offset: number, pattern: RegExp): number {
  let start = offset;
  while (start > 0 && pattern.test(text[start - 1])) start--;
  return start;
}

function valueCompletions(context: FeatureContext, element: XmlElement, name: string, value: string, inValue: number, valueStart: number): CompletionList {
  const { doc } = context;
  if (GROUP_ATTRIBUTES.has(name)) {
    let start = inValue;
    while (start > 0 && value[start - 1] !== ',') start--;
    while (start < inValue && value[start] === ' ') start++;
    const range = replaceRange(context, valueStart + start, valueStart + inValue);
    const groups = new Set<string>();
    for (const user of doc.model.users) for (const t of user.groups?.items ?? []) if (t.text) groups.add(t.text);
    if (name !== 'groups') for (const [g] of doc.model.groups) if (g) groups.add(g);
    const items: CompletionItem[] = [...groups].sort().map((g) => ({ label: g, kind: CompletionItemKind.Value, 
      detail: `members: ${doc.model.groups.get(g)?.members.map((u) => u.username?.text).join(', ') || 'none'}`, textEdit: { range, newText: g } }));
    if (name !== 'groups') items.push({ label: '*', kind: CompletionItemKind.Value, detail: 'every authenticated connection', textEdit: { range, newText: '*' } });
    return list(items);
  }
  if (name === 'queue' || name === 'topic') {
    let start = inValue;
    while (start > 0 && value[start - 1] !== ',') start--;
    const range = replaceRange(context, valueStart + start, valueStart + inValue);
    const used = usedPatterns(doc)[name];
    const items: CompletionItem[] = WELL_KNOWN_PATTERNS.map(([label, detail]) => ({ label, detail, kind: CompletionItemKind.Constant, textEdit: { range, newText: label } }));
    for (const u of used) if (!WELL_KNOWN_PATTERNS.some(([l]) => l === u)) items.push({ label: u, detail: 'used in this file', kind: CompletionItemKind.Reference, textEdit: { range, newText: u } });
    return list(items);
  }
  if (name === 'uri' && (element.localName === 'transportConnector' || element.localName === 'networkConnector')) {
    const found = transportCompletions(value, inValue, element.localName === 'transportConnector' ? 'transportConnector' : 'networkConnector');
    const range = replaceRange(context, valueStart + found.replace.start, valueStart + found.replace.end);
    return list(found.items.map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } })));
  }
  if (BOOLEAN_ATTRIBUTES.has(name) || isBooleanAttribute(element.localName, name)) {
    const range = replaceRange(context, valueStart + wordBefore(value, inValue, /[A-Za-z]/), valueStart + inValue);
    return list(['true', 'false'].map((b) => ({ label: b, kind: CompletionItemKind.Value, textEdit: { range, newText: b } })));
  }
  return list([]);
}

function attributeNameCompletions(context: FeatureContext, element: XmlElement, offset: number, typing?: XmlAttribute): CompletionList {
  const documented = ELEMENT_DOCS[element.localName]?.attributes ?? {};
  const present = new Set(element.attributes.filter((a) => a !== typing).map((a) => a.name));
  const text = context.doc.text;
  // Renaming an attribute that already has a value: replace the whole name and keep the value.
  const keepsValue = typing !== undefined && /^\s*=/.test(text.slice(typing.nameSpan.end, typing.nameSpan.end + 8));
  const range = keepsValue ? context.doc.range(typing.nameSpan) : replaceRange(context, wordBefore(text, offset, /[A-Za-z]/), offset);
  return list(attributeNamesOf(element.localName).filter((n) => !present.has(n)).map((n, order) => ({
    label: n,
    kind: CompletionItemKind.Property,
    documentation: documented[n],
    sortText: String(order).padStart(4, '0'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: keepsValue ? n : `${n}="$1"` },
  })));
}

function elementCompletions(context: FeatureContext, parent: XmlElement | undefined, offset: number): CompletionList {
  if (!parent || parent.namespace !== ACTIVEMQ_NAMESPACE) return list([]);
  const children = childElementNames(parent);
  const text = context.doc.text;
  const nameStart = wordBefore(text, offset, /[A-Za-z:]/);
  const hasLt = text[nameStart - 1] === '<';
  const range = replaceRange(context, hasLt ? nameStart - 1 : nameStart, offset);
  const prefix = parent.prefix ? `${parent.prefix}:` : '';
  return list(children.map((name, order) => {
    const attributes = SNIPPET_ATTRIBUTES[name];
    const body = attributes ? `<${prefix}${name} ${attributes.map((a, i) => `${a}="$${i + 1}"`).join(' ')}/>` : `<${prefix}${name}>$1</${prefix}${name}>`;
    return {
      label: name, sortText: String(order).padStart(4, '0'), kind: CompletionItemKind.Class, documentation: ELEMENT_DOCS[name]?.summary,
      insertTextFormat: InsertTextFormat.Snippet, filterText: `<${prefix}${name}`, textEdit: { range, newText: body },
    };
  }));
}

// ActiveMQ's activemq.xml vocabulary, generated from ActiveMQ's sources by scripts/generate-vocabulary.mjs
// (see docs/vocabulary.md): elements, their attributes with types, and what may stand in each child property.
import data from './vocabulary.json';

/**
 * XSD types of the generated schema, except where ActiveMQ's own property editor decides what the broker
 * accepts (the schema says xs:string there): `size` (MemoryPropertyEditor, MemoryIntPropertyEditor) and
 * `bool-editor` (BooleanEditor). `ref` is the bean-reference attribute of a complex property, `id` the xs:ID.
 */
export type AttributeType =
  | 'boolean' | 'integer' | 'long' | 'short' | 'byte' | 'float' | 'double' | 'date' | 'QName'
  | 'string' | 'size' | 'bool-editor' | 'ref' | 'id';

/** What may stand inside a property element: core-namespace element names (plus any other namespace's), or anything. */
export type AllowedContent = string[] | 'any';

export interface ElementInfo {
  /** The Java class the element creates. */
  class: string;
  attributes: Record<string, AttributeType>;
  children: Record<string, { multiple: boolean; allowed: AllowedContent }>;
}

interface VocabularyData {
  source: { repo: string; commit: string | null; version: string | null };
  namespace: string;
  elements: Record<string, ElementInfo>;
}

const VOCABULARY = data as unknown as VocabularyData;
const ELEMENTS = VOCABULARY.elements;

export const VOCABULARY_NAMESPACE = VOCABULARY.namespace;
export function elementInfo(name: string): ElementInfo | undefined {
  return Object.hasOwn(ELEMENTS, name) ? ELEMENTS[name] : undefined;
}

export function isKnownElement(name: string): boolean {
  return Object.hasOwn(ELEMENTS, name);
}

export function elementNames(): string[] {
  return Object.keys(ELEMENTS);
}

// Rules ask for these lists once per element of a config (thousands): each element name's list is made once.
const attributeLists = new Map<string, readonly string[]>();
const childLists = new Map<string, readonly string[]>();

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Kept for the vocabulary's own element names only: a config's unknown names would make the cache grow. */
function keysOnce(lists: Map<string, readonly string[]>, name: string, record: (info: ElementInfo) => object): readonly string[] {
  const info = elementInfo(name);
  if (!info) return NO_NAMES;
  let names = lists.get(name);
  if (!names) lists.set(name, (names = Object.freeze(Object.keys(record(info)))));
  return names;
}

export function attributeNames(element: string): readonly string[] {
  return keysOnce(attributeLists, element, (info) => info.attributes);
}

export function attributeType(element: string, attribute: string): AttributeType | undefined {
  const attributes = elementInfo(element)?.attributes;
  return attributes && Object.hasOwn(attributes, attribute) ? attributes[attribute] : undefined;
}

/** The property wrapper elements an element may hold, e.g. `plugins` and `transportConnectors` in `broker`. */
export function allowedChildren(element: string): readonly string[] {
  return keysOnce(childLists, element, (info) => info.children);
}

/** Older name of allowedChildren, kept for the rules that use it. */
export const propertyNames = allowedChildren;

/** What may stand inside `<element><property>`: element names, or 'any' (an untyped list or bean). */
export function allowedInProperty(element: string, property: string): AllowedContent | undefined {
  const children = elementInfo(element)?.children;
  return children && Object.hasOwn(children, property) ? children[property].allowed : undefined;
}

// XBeanByteConverterUtil's pattern (1024-based units).
const SIZE = /^\s*\d+\s*(b|k|kb|m|mb|g|gb)?\s*$/i;
const WHOLE_NUMBER = /^\s*[-+]?\d+\s*$/;
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$|^\s*-?INF\s*$|^\s*NaN\s*$/;
// xs:boolean as the broker's startup validation reads it (whitespace collapsed, case-sensitive).
const XS_BOOLEAN = /^\s*(true|false|1|0)\s*$/;
const EDITOR_BOOLEAN = /^\s*(true|false)\s*$/i;
// Java ranges: the schema says xs:integer, but Spring has to fit the value into the setter's type.
const RANGES: Partial<Record<AttributeType, [bigint, bigint]>> = {
  byte: [-(2n ** 7n), 2n ** 7n - 1n],
  short: [-(2n ** 15n), 2n ** 15n - 1n],
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** Spring `${...}` placeholders, and the `##### NAME #####`, `%name%`, `@name@` ones that deployment scripts replace. */
const PLACEHOLDER = /\$\{|#####|%\w+%|@\w+@/;

/**
 * How each type's value is read, where it is read at all: the types without a check (strings, ids, QNames, dates)
 * take any value, and most attributes are strings, so those never run the placeholder test.
 */
const VALUE_CHECKS: Partial<Record<AttributeType, (value: string, type: AttributeType) => string | undefined>> = {
  boolean: (value) => (XS_BOOLEAN.test(value) ? undefined : 'must be true or false'),
  'bool-editor': (value) => (EDITOR_BOOLEAN.test(value) ? undefined : 'must be true or false'),
  size: (value) => (SIZE.test(value) ? undefined : 'must be a size such as 64 mb, 1 gb or 1048576'),
  integer: checkWholeNumber,
  long: checkWholeNumber,
  short: checkWholeNumber,
  byte: checkWholeNumber,
  float: (value) => (DECIMAL.test(value) ? undefined : 'must be a number'),
  double: (value) => (DECIMAL.test(value) ? undefined : 'must be a number'),
  // `#bean` refers to a bean; a plain value is left to Spring's converters (e.g. a File from a path).
  ref: (value) => (value.trim() === '#' ? 'must name a bean after #' : undefined),
};

/** A short problem text when a value cannot be read as the attribute's type; placeholders are always accepted. */
export function checkAttributeValue(type: AttributeType | undefined, value: string): string | undefined {
  const check = type && VALUE_CHECKS[type];
  if (!check || PLACEHOLDER.test(value)) return undefined;
  return check(value, type);
}

function checkWholeNumber(value: string, type: AttributeType): string | undefined {
  if (!WHOLE_NUMBER.test(value)) return 'must be a whole number';
  const range = RANGES[type];
  const number = BigInt(value.trim());
  if (range && (number < range[0] || number > range[1])) return `must be between ${range[0]} and ${range[1]}`;
  return undefined;
}

// ActiveMQ's activemq.xml vocabulary, generated from ActiveMQ's sources by scripts/generate-vocabulary.mjs
// (see docs/vocabulary.md): elements, their attributes with types, and what may stand in each child property.
import data from './vocabulary.json';

export type AttributeType = 'boolean' | 'integer' | 'long' | 'short' | 'byte' | 'float' | 'double' | 'string' | 'size' | 'bool-editor' | 'ref';

interface ElementData {
  class: string;
  attributes: Record<string, string>;
  children: Record<string, { multiple: boolean; allowed: string[] | 'any' }>;
}

const ELEMENTS = (data as unknown as { elements: Record<string, ElementData> }).elements;

export function isKnownElement(name: string): boolean {
  return Object.hasOwn(ELEMENTS, name);
}

export function elementNames(): string[] {
  return Object.keys(ELEMENTS);
}

export function attributeNames(element: string): string[] {
  return Object.keys(ELEMENTS[element]?.attributes ?? {});
}

export function attributeType(element: string, attribute: string): AttributeType | undefined {
  return ELEMENTS[element]?.attributes[attribute] as AttributeType | undefined;
}

/** The property wrapper elements an element may hold. */
export function propertyNames(element: string): string[] {
  return Object.keys(ELEMENTS[element]?.children ?? {});
}

/** What may stand inside `<element><property>`: element names, or 'any' (an untyped list). */
export function allowedInProperty(element: string, property: string): string[] | 'any' | undefined {
  return ELEMENTS[element]?.children[property]?.allowed;
}

const SIZE = /^\s*\d+\s*(b|k|kb|m|mb|g|gb)?\s*$/i;
const INTEGER = /^\s*[-+]?\d+\s*$/;
const FLOAT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Spring `${...}` placeholders, and the `##### NAME #####`, `%name%`, `@name@` ones that deployment scripts replace. */
const PLACEHOLDER = /\$\{|#####|%\w+%|@\w+@/;

/** A short problem text when a value cannot be read as the attribute's type; placeholders are always accepted. */
export function checkAttributeValue(type: AttributeType | undefined, value: string): string | undefined {
  if (!type || PLACEHOLDER.test(value)) return undefined;
  switch (type) {
    case 'boolean':
      return /^(true|false)$/.test(value.trim()) ? undefined : 'must be true or false';
    case 'bool-editor':
      return /^(true|false)$/i.test(value.trim()) ? undefined : 'must be true or false';
    case 'size':
      return SIZE.test(value) ? undefined : 'must be a size such as 64 mb, 1 gb or 1048576';
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
      return INTEGER.test(value) ? undefined : 'must be a whole number';
    case 'float':
    case 'double':
      return FLOAT.test(value) ? undefined : 'must be a number';
    default:
      return undefined;
  }
}

// broker-namespace: a `<broker>` without ActiveMQ's namespace, as documentation snippets show it. The rest of the
// file is analysed as if the namespace were there (model/bareBroker.ts); this rule says that it is not, and what
// ActiveMQ needs to load it: the namespace, and a schema location for it (XBean validates against the XSD).
import type { ParsedDocument } from '../model/parsedDocument';
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import { attribute, lookupNamespace, type XmlAttribute, type XmlElement } from '../parser/xmlTree';
import type { Edit, Fix, Rule } from './types';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const CORE_SCHEMA = `${ACTIVEMQ_NAMESPACE} http://activemq.apache.org/schema/core/activemq-core.xsd`;

export const brokerNamespace: Rule = {
  id: 'broker-namespace',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A `<broker>` without xmlns="http://activemq.apache.org/schema/core": ActiveMQ will not load it.',
  docs: {
    autofix: true,
  },
  check({ doc }) {
    const broker = doc.bareBroker;
    if (!broker) return [];
    const schema = schemaLocationOf(broker);
    const needsSchema = !schema?.value.includes(ACTIVEMQ_NAMESPACE);
    return [{
      span: broker.nameSpan,
      message: `This <broker> declares no namespace: ActiveMQ will not load it without xmlns="${ACTIVEMQ_NAMESPACE}"` +
        `${needsSchema ? ' and ActiveMQ\'s schema in xsi:schemaLocation' : ''}. The rest of the file is checked as if it had ${needsSchema ? 'them' : 'it'}.`,
    }];
  },
  fixes(finding, { doc }): Fix[] {
    const broker = doc.bareBroker;
    if (!broker) return [];
    const title = `Add xmlns="${ACTIVEMQ_NAMESPACE}"${schemaLocationOf(broker)?.value.includes(ACTIVEMQ_NAMESPACE) ? '' : ' and its schema location'}`;
    return [{ title, edits: declarations(doc, broker), preferred: true, autofix: true }];
  },
};

/** The `xsi:schemaLocation` in force for the broker: on it or on an ancestor. */
function schemaLocationOf(broker: XmlElement): XmlAttribute | undefined {
  for (let e: XmlElement | undefined = broker; e; e = e.parent) {
    const found = e.attributes.find((a) => a.name.endsWith(':schemaLocation') && lookupNamespace(e, a.name.split(':')[0]) === XSI_NAMESPACE);
    if (found) return found;
  }
  return undefined;
}

function declarations(doc: ParsedDocument, broker: XmlElement): Edit[] {
  let added = ` xmlns="${ACTIVEMQ_NAMESPACE}"`;
  const edits: Edit[] = [];
  const schema = schemaLocationOf(broker);
  if (schema && !schema.value.includes(ACTIVEMQ_NAMESPACE)) {
    const separator = /\s$/.test(doc.text.slice(schema.valueStart, schema.valueEnd)) || schema.value === '' ? '' : ' ';
    edits.push({ span: { start: schema.valueEnd, end: schema.valueEnd }, newText: `${separator}${CORE_SCHEMA}` });
  } else if (!schema) {
    const xsiPrefix = lookupNamespace(broker, 'xsi') === XSI_NAMESPACE ? 'xsi' : undefined;
    if (!xsiPrefix && !attribute(broker, 'xmlns:xsi')) added += ` xmlns:xsi="${XSI_NAMESPACE}"`;
    added += ` xsi:schemaLocation="${CORE_SCHEMA}"`;
  }
  return [{ span: { start: broker.nameSpan.end, end: broker.nameSpan.end }, newText: added }, ...edits].sort((a, b) => a.span.start - b.span.start);
}

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
    catches: 'A root `<broker>`, or a `<broker>` under the root, that declares no namespace, so that it is in no namespace or in Spring\'s beans namespace, as documentation pages print it (Alfresco\'s "Configure ActiveMQ" page among them); also said when no `xsi:schemaLocation` names ActiveMQ\'s schema. The rest of the file is analysed as if the namespace were declared, so its other mistakes are reported too.',
    runtime: 'ActiveMQ reads activemq.xml with Spring (XBean), which validates it against the XML schemas that `xsi:schemaLocation` names. Tried on ActiveMQ 5.17.2: a root `<broker>` without namespace fails with XmlBeanDefinitionStoreException "cvc-elt.1.a: Cannot find the declaration of element \'broker\'", one under Spring\'s `<beans>` with "cvc-complex-type.2.4.a: Invalid content was found starting with element \'{beans}broker\'"; with the namespace but no schema location for it, "cvc-elt.1.a" or "cvc-complex-type.2.4.c: ... no declaration can be found for element \'broker\'". With both, the broker starts. The broker does not start otherwise.',
    wrong: '<broker brokerName="localhost">\n  <plugins>...</plugins>\n</broker>',
    right: '<broker xmlns="http://activemq.apache.org/schema/core" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n        xsi:schemaLocation="http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core.xsd"\n        brokerName="localhost">\n  <plugins>...</plugins>\n</broker>',
    fix: 'Declare the namespace on `<broker>` and name its schema in `xsi:schemaLocation` (the quick fix adds both).',
    autofix: 'Adds xmlns="http://activemq.apache.org/schema/core" to the `<broker>` start tag, and ActiveMQ\'s schema to the `xsi:schemaLocation` in scope (or a new one on `<broker>`) when none names it.',
  },
  check({ doc }) {
    const broker = doc.bareBroker;
    if (!broker) return [];
    const schema = schemaLocationOf(broker);
    const needsSchema = !schema?.value.includes(ACTIVEMQ_NAMESPACE);
    return [{
      span: broker.nameSpan,
      message: `This <broker> declares no namespace: ActiveMQ will not load it without xmlns="${ACTIVEMQ_NAMESPACE}"${needsSchema ? ' and ActiveMQ\'s schema in xsi:schemaLocation' : ''}. The rest of the file is checked as if it had ${needsSchema ? 'them' : 'it'}.`,
    }];
  },
  fixes(finding, { doc }): Fix[] {
    const broker = doc.bareBroker;
    if (!broker) return [];
    return [{ title: `Add xmlns="${ACTIVEMQ_NAMESPACE}"${schemaLocationOf(broker)?.value.includes(ACTIVEMQ_NAMESPACE) ? '' : ' and its schema location'}`, edits: declarations(doc, broker), preferred: true, autofix: true }];
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

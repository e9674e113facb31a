// xml-entities: a DOCTYPE, which stops ActiveMQ at start-up: Spring's XmlValidationModeDetector switches to DTD
// validation for any document with one, and a DOCTYPE written into activemq.xml declares no element (shown on 5.17.2
// by test/broker/rules/doctype.test.ts). Its entities are still expanded here as Java's parser would (external ones
// never read), and a reference left unexpanded is said where it stands.
import type { ParsedDocument } from '../model/parsedDocument';
import type { Finding, Rule } from './types';

export const xmlEntities: Rule = {
  id: 'xml-entities',
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'A DOCTYPE, which stops the broker at start-up; its external or unexpandable entities; a reference left unexpanded.',
  docs: {
    autofix: false,
  },
  check({ doc }) {
    const doctype = doc.tree.doctype;
    if (!doctype) return [];
    const findings: Finding[] = doc.tree.entityNotes.map((note) => ({ span: note.span, message: note.message, severity: 'warning' }));
    const span = { start: doctype.span.start, end: Math.min(doctype.span.end, doctype.span.start + 9) };
    findings.push({ span, message: `ActiveMQ refuses to start with a DOCTYPE: Spring then validates the file against a DTD instead of the XML ` +
      `schemas, and no DTD declares the broker's elements.${hazard(doctype)} Remove the DOCTYPE; use \${...} placeholders for values kept elsewhere.` });
    return findings;
  },
};

/** What the DOCTYPE's entities would do besides, said once. */
function hazard(doctype: NonNullable<ParsedDocument['tree']['doctype']>): string {
  if (!doctype.declaresEntities) return '';
  if (doctype.externalEntity) return ' It also declares an external entity, which would pull a file or URL into the configuration; activemq-xml never reads it.';
  for (const name of doctype.entityNames) {
    const expansion = doctype.entities.expand(name);
    if (expansion.fault !== undefined) return ` It also declares entities that cannot be expanded: ${expansion.fault}`;
  }
  return '';
}

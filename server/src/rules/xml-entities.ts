// xml-entities: a DOCTYPE whose entities are a hazard or are not analysed. Internal entities are expanded as
// Java's parser expands them; external ones (a file or URL) are never read, nested ones that expand beyond the
// JDK's limit are the "billion laughs" shape, and each reference left unexpanded is said where it stands.
import type { Finding, Rule } from './types';

export const xmlEntities: Rule = {
  id: 'xml-entities',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A DOCTYPE declares external entities or entities that cannot be expanded, or a reference is left unexpanded.',
  docs: {
    catches: 'A `<!DOCTYPE ...>` whose `<!ENTITY ...>` declarations pull in a file or URL (`SYSTEM "file:///..."`), refer to themselves, or expand beyond the JDK\'s limit of 64,000 expansions (the "billion laughs" attack); and each reference that activemq-xml leaves as written although Java would read it (an external entity, an entity adding elements, text beyond a million expanded characters). Plain internal entities (`<!ENTITY q "ORDERS">`) are expanded in attribute values as Java\'s parser expands them, and are not reported.',
    runtime: 'ActiveMQ loads activemq.xml with Spring and the JDK\'s Xerces, which expands internal entities, reads external ones at start-up (a local file or a URL), and refuses a document with more than 64,000 entity expansions (JAXP00010001). activemq-xml never reads external entities.',
    wrong: '<!DOCTYPE beans [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>',
    right: '<!-- no DOCTYPE: values come from ${...} placeholders and credentials.properties -->',
    fix: 'Remove the DOCTYPE; use `${...}` placeholders resolved from `credentials.properties` for values you do not want in the file.',
  },
  check({ doc }) {
    const doctype = doc.tree.doctype;
    if (!doctype?.declaresEntities) return [];
    const findings: Finding[] = doc.tree.entityNotes.map((note) => ({ span: note.span, message: note.message }));
    const span = { start: doctype.span.start, end: Math.min(doctype.span.end, doctype.span.start + 9) };
    if (doctype.externalEntity) {
      findings.push({ span, message: 'This DOCTYPE declares an external entity, which would pull a file or URL into the configuration. activemq-xml never reads it; a broker config needs no DOCTYPE.' });
      return findings;
    }
    for (const name of doctype.entityNames) {
      const expansion = doctype.entities.expand(name);
      if (expansion.fault === undefined) continue;
      findings.push({ span, message: `This DOCTYPE declares entities that cannot be expanded: ${expansion.fault} A broker config needs no DOCTYPE.` });
      break;
    }
    return findings;
  },
};

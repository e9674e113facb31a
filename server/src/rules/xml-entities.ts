// xml-entities: a DOCTYPE that declares entities. Nested entity declarations are the "billion laughs" shape,
// and an external entity points at a file or URL; neither is expanded or read here, and neither belongs in a
// broker config.
import type { Rule } from './types';

export const xmlEntities: Rule = {
  id: 'xml-entities',
  defaultSeverity: 'warning',
  category: 'structure',
  summary: 'A DOCTYPE declares entities: nested expansions or external files that no broker config needs.',
  docs: {
    catches: 'A `<!DOCTYPE ...>` with `<!ENTITY ...>` declarations: nested internal entities (the "billion laughs" expansion attack) or external entities (`SYSTEM "file:///..."`) that pull a file or URL into the document.',
    runtime: 'ActiveMQ loads activemq.xml with Spring, which validates against the XSD; entity declarations serve no purpose there and, depending on the JVM\'s XML limits, expand into memory or read local files at start-up. activemq-xml never expands or reads them: their references stay unresolved.',
    wrong: '<!DOCTYPE beans [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>',
    right: '<!-- no DOCTYPE: values come from ${...} placeholders and credentials.properties -->',
    fix: 'Remove the DOCTYPE; use `${...}` placeholders resolved from `credentials.properties` for values you do not want in the file.',
  },
  check({ doc }) {
    const doctype = doc.tree.doctype;
    if (!doctype?.declaresEntities) return [];
    const span = { start: doctype.span.start, end: Math.min(doctype.span.end, doctype.span.start + 9) };
    const what = doctype.externalEntity
      ? 'declares an external entity, which would pull a file or URL into the configuration'
      : 'declares entities, which can expand into memory many times over (the "billion laughs" shape)';
    return [{ span, message: `This DOCTYPE ${what}. activemq-xml neither expands nor reads them; a broker config needs no DOCTYPE.` }];
  },
};

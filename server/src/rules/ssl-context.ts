// ssl-context: TLS connectors without key material in the file, or stores that are not where the config says.
import { attribute } from '../parser/xmlTree';
import { connectorUris } from '../transport/connectorUris';
import { resolveConfigPath } from '../base/configPaths';
import type { Finding, Rule } from './types';

export const sslContext: Rule = {
  id: 'ssl-context',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A TLS connector without a broker sslContext, or an sslContext whose store files do not exist.',
  docs: {
    autofix: false,
  },
  check(context) {
    const { doc, files } = context;
    const findings: Finding[] = [];
    if (doc.model.sslContexts.length === 0) {
      for (const parsed of connectorUris(doc.model.transportConnectors)) {
        const scheme = parsed.uri.scheme;
        if (!scheme || !parsed.schemeInfo?.tls) continue;
        findings.push({ span: parsed.toDocument(scheme.span), message: `This ${scheme.text}:// connector needs a key, but the broker has no <sslContext>: it relies on the JVM-wide javax.net.ssl.keyStore / keyStorePassword properties (bin/env, ACTIVEMQ_SSL_OPTS); without them every TLS handshake fails.` });
      }
    }
    // Only a config that sits in an ActiveMQ conf folder can say which stores exist; a lone copy cannot.
    const inConfFolder = ['credentials.properties', 'login.config', 'jetty.xml', 'users.properties'].some((f) => files.find(f).ok);
    for (const ssl of inConfFolder ? doc.model.sslContexts : []) {
      for (const name of ['keyStore', 'trustStore']) {
        const attr = attribute(ssl, name);
        if (!attr) continue;
        const path = resolveConfigPath(attr.value, files, context.settings, 'workingDirectory');
        // Only a file inside the project is looked for: whether an outside one exists is not this linter's to tell.
        const found = path ? files.find(path) : undefined;
        if (path && found && !found.ok && found.missing) {
          findings.push({ span: attr.valueSpan, message: `The ${name} file ${path} does not exist (resolving \${activemq.conf} to the config's ` +
            `folder and \${activemq.base} to its parent): SpringSslContext fails at start-up and no TLS connector opens.` });
        }
      }
    }
    return findings;
  },
};

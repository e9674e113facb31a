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
    catches: 'A TLS `transportConnector` (ssl, +ssl, https, wss) when the broker has no `<sslContext>`, and an `<sslContext>` whose `keyStore` or `trustStore` file does not exist when the config sits in an ActiveMQ conf folder (beside credentials.properties, login.config, jetty.xml or users.properties). A store outside the project is not looked for (whether it exists is not this linter\'s to tell): file-not-read names it. `${activemq.conf}` is taken as the config\'s folder and `${activemq.base}` as its parent; settings `activemqXml.activemqConf` / `activemqBase` override.',
    runtime: 'Without an sslContext, SslTransportFactory falls back to the JVM-wide `javax.net.ssl.keyStore` / `keyStorePassword` system properties (set in bin/env or ACTIVEMQ_SSL_OPTS); with neither, the connector has no key and every handshake fails. A missing store file makes SpringSslContext fail at start-up.',
    wrong: '<transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>',
    right: '<sslContext>\n  <sslContext keyStore="${activemq.conf}/broker.ks" keyStorePassword="${ssl.keyStorePassword}"/>\n</sslContext>\n<transportConnectors>\n  <transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>\n</transportConnectors>',
    fix: 'Add a broker `<sslContext>` with the key store (or make sure the JVM gets javax.net.ssl.* properties), and point it at files that exist.',
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
          findings.push({ span: attr.valueSpan, message: `The ${name} file ${path} does not exist (resolving \${activemq.conf} to the config's folder and \${activemq.base} to its parent): SpringSslContext fails at start-up and no TLS connector opens.` });
        }
      }
    }
    return findings;
  },
};

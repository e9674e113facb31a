// Rewrites an activemq.xml so that it runs as a throw-away broker on this machine only, leaving every security
// setting (plugins, users, authorization entries) exactly as written. What changes:
//   - <transportConnectors> becomes openwire + stomp on 127.0.0.1, port 0 (a free port: brokers run side by side),
//     or, with keepConnectors, keeps the config's own connectors with each URI's host made 127.0.0.1 and its port
//     made a free one;
//   - <networkConnectors> (unless keepNetworkConnectors), <jmsBridgeConnectors> and <import/> go (no outbound
//     connections);
//   - the broker gets persistent="false" and useJmx="false"; createConnector="true" becomes false (unless keepJmx);
//   - versioned schema names (activemq-core-5.18.3.xsd, spring-beans-4.0.xsd) become the unversioned ones, which
//     resolve from the jars without a network.
// Comments are blanked with their newlines kept, so line numbers in the broker's errors match the original.

export interface PrepareOptions {
  /** advisorySupport="false": only the authorization map decides (no advisory topic is created by a client). */
  noAdvisories?: boolean;
  /** Destinations that exist from the start (`queue://A`, `topic://B`), so using them checks no admin right. */
  precreate?: string[];
  /**
   * Keep the config's own transport connectors (to show what the broker does with them), each URI's host made
   * 127.0.0.1 and its port taken from `ports` (the config's port → a local one; connectors that share a port in
   * the config still share one) or else 0, a free port.
   */
  keepConnectors?: { ports?: Record<string, number> };
  /** Keep <networkConnectors> as written (a test that points a bridge at another local broker). */
  keepNetworkConnectors?: boolean;
  /** Keep JMX as the config has it (no useJmx="false", createConnector left alone): to show what its connector opens. */
  keepJmx?: boolean;
}

export class UnrunnableConfig extends Error {}

const CORE = 'xmlns="http://activemq.apache.org/schema/core"';
/** An optional namespace prefix (`amq:broker`). */
const PREFIX = '(?:[\\w-]+:)?';
const CONNECTORS =
  `<transportConnectors ${CORE}>` +
  '<transportConnector name="openwire" uri="tcp://127.0.0.1:0"/>' +
  '<transportConnector name="stomp" uri="stomp://127.0.0.1:0"/>' +
  '</transportConnectors>';

/** `text`, padded with the newlines of `old` so that the lines after it do not move. */
function sameLines(old: string, text: string): string {
  return text + '\n'.repeat(Math.max(0, old.split('\n').length - text.split('\n').length));
}

function block(name: string): RegExp {
  return new RegExp(`<${PREFIX}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${PREFIX}${name}\\s*>)`, 'g');
}

function setAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  return existing.test(tag) ? tag.replace(existing, ` ${name}="${value}"`) : tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The connectors block with each uri's host made 127.0.0.1 and its port mapped by `ports` (0 when unmapped). */
function localConnectors(connectors: string, ports: Record<string, number>): string {
  return connectors.replace(/(\buri\s*=\s*["'][\w+.-]+:\/\/)[^:/?"'()]*(?::([^/?"'()]*))?/g, (_, scheme: string, port?: string) =>
    `${scheme}127.0.0.1:${(port !== undefined && ports[port]) || 0}`,
  );
}

function destinationElements(names: string[]): string {
  return names
    .map((d) => {
      const m = /^(queue|topic):\/\/(.+)$/.exec(d);
      if (!m) throw new UnrunnableConfig(`precreate takes queue://NAME or topic://NAME, not ${d}`);
      return `<${m[1]} ${CORE} physicalName="${escapeAttribute(m[2])}"/>`;
    })
    .join('');
}

/** The config as a throw-away local broker runs it; throws UnrunnableConfig when it cannot be made local. */
export function prepareConfig(xml: string, options: PrepareOptions = {}): string {
  xml = xml.replace(/<!--[\s\S]*?-->/g, (m) => sameLines(m, ''));
  for (const m of xml.matchAll(/ldaps?:\/\/([^:/"'\s]+)/g)) {
    if (!/^(localhost|127\.[\d.]+|\[::1\])$/.test(m[1])) throw new UnrunnableConfig(`names ${m[0]}: the broker would connect to another machine`);
  }
  let hadConnectors = false;
  xml = xml.replace(block('transportConnectors'), (m) => {
    hadConnectors = true;
    return options.keepConnectors ? localConnectors(m, options.keepConnectors.ports ?? {}) : sameLines(m, CONNECTORS);
  });
  const dropped = options.keepNetworkConnectors ? ['jmsBridgeConnectors', 'import'] : ['networkConnectors', 'jmsBridgeConnectors', 'import'];
  for (const name of dropped) xml = xml.replace(block(name), (m) => sameLines(m, ''));
  if (!options.keepJmx) xml = xml.replace(/\bcreateConnector\s*=\s*"true"/g, 'createConnector="false"');
  xml = xml
    .replace(/(activemq-core)-[\w.-]+?\.xsd/g, '$1.xsd')
    .replace(/(spring-[a-z]+)-[\d.]+\.xsd/g, '$1.xsd');

  const destinations = destinationElements(options.precreate ?? []);
  const hasDestinations = new RegExp(`<${PREFIX}destinations\\b`).test(xml);
  if (destinations && hasDestinations) xml = xml.replace(new RegExp(`(<${PREFIX}destinations\\b[^>/]*>)`), `$1${destinations}`);
  let sawBroker = false;
  xml = xml.replace(new RegExp(`<${PREFIX}broker\\b[^>]*>`), (tag) => {
    sawBroker = true;
    tag = setAttribute(tag, 'persistent', 'false');
    if (!options.keepJmx) tag = setAttribute(tag, 'useJmx', 'false');
    if (options.noAdvisories) tag = setAttribute(tag, 'advisorySupport', 'false');
    if (tag.endsWith('/>')) return tag; // an empty broker: nothing to connect to, but it may still start
    if (!hadConnectors) tag += CONNECTORS;
    if (destinations && !hasDestinations) tag += `<destinations ${CORE}>${destinations}</destinations>`;
    return tag;
  });
  if (!sawBroker) throw new UnrunnableConfig('no <broker> element');
  return xml;
}

// jmx-connector: a remote JMX connector without authentication hands the whole broker to whoever reaches its port.
// Source: activemq-broker ManagementContext (createConnector, connectorPort 1099, environment; the default of
// createConnector is false since 5.16.0, commit 9d98ee253f, and was true before, commit 84c1419c3d / AMQ-5621).
import { ACTIVEMQ_NAMESPACE, SPRING_BEANS_NAMESPACE } from '../model/types';
import { attribute, type XmlAttribute, type XmlElement } from '../parser/xmlTree';
import { insertAsLastChildren, replace } from '../base/edits';
import { parseVersion } from '../model/version';
import type { Finding, Fix, Rule } from './types';

/** Environment keys that make the JDK's RMI connector server ask for credentials (RMIServerImpl). */
const AUTHENTICATION_KEYS = new Set(['jmx.remote.x.password.file', 'jmx.remote.x.login.config', 'jmx.remote.authenticator']);

type JmxData = { createConnector: XmlAttribute | undefined; context: XmlElement | undefined };

/** Whether a broker of this version opens the connector when createConnector is not given. */
export function connectorByDefault(version: string | undefined): boolean | undefined {
  const v = version ? parseVersion(version) : undefined;
  if (!v) return undefined;
  return v[0] < 5 || (v[0] === 5 && v[1] < 16);
}

export const jmxConnector: Rule = {
  id: 'jmx-connector',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A remote JMX connector without authentication: whoever reaches its port can manage the broker.',
  docs: {
    autofix: false,
  },
  check({ doc, analysis }) {
    const broker = doc.model.broker;
    if (!broker || /^\s*false\s*$/i.test(attribute(broker, 'useJmx')?.value ?? '')) return [];
    const contexts = managementContexts(broker);
    const version = analysis.brokerVersion();
    const byDefault = connectorByDefault(version?.version);
    const findings: Finding[] = [];
    const findingFor = (span: { start: number; end: number }, why: string, data: JmxData): Finding => ({
      span,
      message: `${why} listens on port ${port(data.context)} of every interface without authentication: anyone who reaches it can manage the ` +
        `broker over JMX (purge and delete destinations, add connectors, stop it). Turn it off or give it a password file.`,
      data,
    });
    if (contexts.length === 0) {
      if (byDefault) findings.push(findingFor(broker.nameSpan, `Before 5.16 a broker opens a JMX connector unless told otherwise (this is ${version!.version}); it`, { createConnector: undefined, context: undefined }));
      return findings;
    }
    for (const context of contexts) {
      const createConnector = attribute(context, 'createConnector');
      const value = createConnector?.value.trim().toLowerCase();
      const on = value === undefined ? byDefault : value === 'true' || value === '1';
      if (!on || authentication(context) !== 'none') continue;
      const why = createConnector ? 'This JMX connector' : `Before 5.16 createConnector defaults to true (this is ${version!.version}), so this JMX connector`;
      findings.push(findingFor(createConnector ? createConnector.valueSpan : context.nameSpan, why, { createConnector, context }));
    }
    return findings;
  },
  fixes(finding, { doc }) {
    const { createConnector, context } = finding.data as JmxData;
    if (!context) return [];
    const fixes: Fix[] = [{
      title: 'Turn the JMX connector off (createConnector="false")',
      edits: [createConnector ? replace(createConnector.valueSpan, 'false') : { span: { start: context.nameSpan.end, end: context.nameSpan.end }, newText: ' createConnector="false"' }],
    }];
    if (!context.children.some((c) => isEnvironment(c))) {
      fixes.push({
        title: 'Require a password: environment with jmx.password and jmx.access (as activemq-security.xml)',
        edits: [insertAsLastChildren(doc, context, [
          `<property xmlns="${SPRING_BEANS_NAMESPACE}" name="environment">`,
          `  <map xmlns="${SPRING_BEANS_NAMESPACE}">`,
          '    <entry key="jmx.remote.x.password.file" value="${activemq.conf}/jmx.password"/>',
          '    <entry key="jmx.remote.x.access.file" value="${activemq.conf}/jmx.access"/>',
          '  </map>',
          '</property>',
        ])],
      });
    }
    return fixes;
  },
};

/** The `<managementContext>` beans inside the broker's `<managementContext>` property. */
function managementContexts(broker: XmlElement): XmlElement[] {
  const isContext = (e: XmlElement) => e.namespace === ACTIVEMQ_NAMESPACE && e.localName === 'managementContext';
  return broker.children.filter(isContext).flatMap((property) => property.children.filter(isContext));
}

function isEnvironment(element: XmlElement): boolean {
  if (element.namespace === SPRING_BEANS_NAMESPACE && element.localName === 'property') return attribute(element, 'name')?.value === 'environment';
  return element.namespace === ACTIVEMQ_NAMESPACE && element.localName === 'environment';
}

/** 'none' when no environment names an authenticator; 'unknown' when it comes from a reference this file does not show. */
function authentication(context: XmlElement): 'yes' | 'none' | 'unknown' {
  const environment = context.children.find(isEnvironment);
  if (!environment) return attribute(context, 'environment') ? 'unknown' : 'none';
  if (attribute(environment, 'ref')) return 'unknown';
  const entries = entriesBelow(environment);
  if (entries.some((e) => AUTHENTICATION_KEYS.has(attribute(e, 'key')?.value.trim() ?? ''))) return 'yes';
  // A map built elsewhere (<ref bean=…/>, a util:map) cannot be read here.
  return entries.length === 0 && environment.children.length > 0 && !environment.children.some((c) => c.localName === 'map') ? 'unknown' : 'none';
}

/** The `<entry>` elements below an element, not looking inside them; a walk with its own stack (nesting may be deep). */
function entriesBelow(element: XmlElement): XmlElement[] {
  const entries: XmlElement[] = [];
  const pending = [element];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const child of next.children) {
      if (child.localName === 'entry') entries.push(child);
      else pending.push(child);
    }
  }
  return entries;
}

function port(context: XmlElement | undefined): string {
  return (context && attribute(context, 'connectorPort')?.value.trim()) || '1099';
}

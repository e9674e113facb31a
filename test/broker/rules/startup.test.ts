// Rules that say the broker will not start: each config is refused at start-up, for the reason the finding gives.
// All configs start in one warm JVM (startupCheck.ts); its answers are those of the launcher's start task.
import { before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { brokerXml } from '../configXml';
import { ruleFindings } from '../lintFindings';
import { startupResults, type StartupResult } from '../startupCheck';
import { verifies } from '../verifies';

const USERS = '<simpleAuthenticationPlugin><users><authenticationUser username="app" password="pw" groups="apps"/></users></simpleAuthenticationPlugin>';
const withPlugins = (inside: string) => brokerXml(`
  <plugins>
    ${USERS}
    ${inside}
  </plugins>`);
const withEntries = (entries: string) => withPlugins(`<authorizationPlugin><map><authorizationMap><authorizationEntries>
      ${entries}
    </authorizationEntries></authorizationMap></map></authorizationPlugin>`);

const CONFIGS = {
  pluginWithoutMap: withPlugins('<authorizationPlugin/>'),
  mapWithoutEntries: withPlugins('<authorizationPlugin><map><authorizationMap/></map></authorizationPlugin>'),
  foreignEntry: withEntries('<authorizationEntry queue=">" read="apps"/><tempDestinationAuthorizationEntry read="apps"/>'),
  entryWithoutDestination: withEntries('<authorizationEntry read="apps"/>'),
  emptyDestination: withEntries('<authorizationEntry queue="" read="apps"/>'),
  misspeltElement: withEntries('<authorizationEntri queue=">" read="apps"/>'),
  misspeltAttribute: withEntries('<authorizationEntry queues=">" read="apps"/>'),
  illTypedValue: brokerXml(`
  <plugins>
    ${USERS.replace('<simpleAuthenticationPlugin>', '<simpleAuthenticationPlugin anonymousAccessAllowed="yes">')}
  </plugins>`),
  unclosedElement: withPlugins('<authorizationPlugin>'),
  pluginOutsidePlugins: brokerXml(`
  ${USERS}`),
};
type Name = keyof typeof CONFIGS;

let results: Record<Name, StartupResult>;
before(async () => {
  const names = Object.keys(CONFIGS) as Name[];
  const answers = await startupResults(names.map((name) => ({ xml: CONFIGS[name] })));
  results = Object.fromEntries(names.map((name, i) => [name, answers[i]])) as Record<Name, StartupResult>;
});

/** The finding of `rule` on config `name` (exactly one), and the broker's reason for refusing that config. */
function refusal(name: Name, rule: string): { message: string; reason: string } {
  const findings = ruleFindings({ xml: CONFIGS[name] }, rule).filter((f) => f.severity === 'error');
  assert.equal(findings.length, 1, `${rule} on ${name}: ${JSON.stringify(findings)}`);
  const result = results[name];
  assert.equal(result.started, false, `the broker started from ${name}`);
  return { message: findings[0].message, reason: result.reason! };
}

describe('configs the broker refuses at start-up', () => {
  verifies(['missing-element'], 'missing-element: an authorizationPlugin without <map> stops the broker with "You must configure a \'map\' property"', async () => {
    const { message, reason } = refusal('pluginWithoutMap', 'missing-element');
    assert.match(message, /ActiveMQ refuses to start \("You must configure a 'map' property"\)/);
    assert.match(reason, /java\.lang\.IllegalArgumentException: You must configure a 'map' property$/);
  });

  verifies(['missing-element'], 'missing-element: an authorizationMap without <authorizationEntries> stops the broker with a NullPointerException in XBeanAuthorizationMap', async () => {
    const { message, reason } = refusal('mapWithoutEntries', 'missing-element');
    assert.match(message, /fails at start-up with a NullPointerException \(XBeanAuthorizationMap\)/);
    assert.match(reason, /XBeanAuthorizationMap.*java\.lang\.NullPointerException: Cannot invoke "java\.util\.List\.iterator\(\)" because "this\.authorizationEntries" is null$/);
  });

  verifies(['missing-element'], 'missing-element: a foreign element among the authorizationEntries stops the broker with a ClassCastException', async () => {
    const { message, reason } = refusal('foreignEntry', 'missing-element');
    assert.match(message, /fails at start-up with a ClassCastException on this <tempDestinationAuthorizationEntry>/);
    assert.match(reason, /java\.lang\.ClassCastException: class org\.apache\.activemq\.security\.TempDestinationAuthorizationEntry cannot be cast to class org\.apache\.activemq\.security\.XBeanAuthorizationEntry/);
  });

  verifies(['entry-destination'], 'entry-destination: an entry without queue or topic stops the broker with a NullPointerException', async () => {
    const { message, reason } = refusal('entryWithoutDestination', 'entry-destination');
    assert.match(message, /ActiveMQ fails at start-up with a NullPointerException in DestinationMap/);
    assert.match(reason, /java\.lang\.NullPointerException: Cannot invoke "org\.apache\.activemq\.command\.ActiveMQDestination\.isComposite\(\)" because "key" is null$/);
  });

  verifies(['entry-destination'], 'entry-destination: an empty queue= stops the broker with "a non-empty name is required"', async () => {
    const { message, reason } = refusal('emptyDestination', 'entry-destination');
    assert.match(message, /fails at start-up with "Invalid destination name: a non-empty name is required"/);
    assert.match(reason, /Invalid destination name: a non-empty name is required/);
  });

  verifies(['unknown-element'], 'unknown-element: a misspelt element in the authorization map is rejected by the schema validation at start-up', async () => {
    const { message, reason } = refusal('misspeltElement', 'unknown-element');
    assert.match(message, /schema validation rejects the file at start-up/);
    assert.match(reason, /cvc-complex-type\.2\.4\.c: The matching wildcard is strict, but no declaration can be found for element 'authorizationEntri'\.$/);
  });

  verifies(['unknown-attribute'], 'unknown-attribute: an attribute the element does not have, or an ill-typed value, is rejected by the schema validation at start-up', async () => {
    const misspelt = refusal('misspeltAttribute', 'unknown-attribute');
    assert.match(misspelt.message, /<authorizationEntry> has no attribute `queues`.*schema validation reje/);
    assert.match(misspelt.reason, /cvc-complex-type\.3\.2\.2: Attribute 'queues' is not allowed to appear in element 'authorizationEntry'\.$/);
    const illTyped = refusal('illTypedValue', 'unknown-attribute');
    assert.match(illTyped.message, /ActiveMQ cannot read "yes" and does not start/);
    assert.match(illTyped.reason, /cvc-datatype-valid\.1\.2\.1: 'yes' is not a valid value for 'boolean'\.$/);
  });

  verifies(['xml-syntax'], 'xml-syntax: a file that is not well-formed stops the broker with Spring\'s XmlBeanDefinitionStoreException naming the line', async () => {
    const { reason } = refusal('unclosedElement', 'xml-syntax');
    assert.match(reason, /^org\.springframework\.beans\.factory\.xml\.XmlBeanDefinitionStoreException: Line 9 in XML document .*The element type "authorizationPlugin" must be terminated by the matching end-tag "<\/authorizationPlugin>"\.$/);
  });

  verifies(['plugin-placement'], 'plugin-placement: a security plugin outside <plugins> is rejected by the schema validation at start-up', async () => {
    const { message, reason } = refusal('pluginOutsidePlugins', 'plugin-placement');
    assert.match(message, /schema validation rejects the file at start-up/);
    assert.match(reason, /cvc-complex-type\.2\.4\.a: Invalid content was found starting with element '\{"http:\/\/activemq\.apache\.org\/schema\/core":simpleAuthenticationPlugin\}'/);
  });
});

// xml-entities against broker 5.17.2: Spring picks DTD validation for any document with a DOCTYPE
// (XmlValidationModeDetector), and a DOCTYPE that only declares entities declares no element, so the broker stops
// at the root element before any entity is read or expanded.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { BrokerRefused, startBroker, type BrokerConfig } from '../broker';
import { brokerXml } from '../configXml';
import { lintConfig } from '../lintFindings';
import { verifies } from '../verifies';

function withDoctype(declarations: string, inside: string): string {
  return brokerXml(inside).replace('<beans', `<!DOCTYPE beans [\n${declarations}\n]>\n<beans`);
}

async function refusal(config: BrokerConfig): Promise<string> {
  try {
    const broker = await startBroker(config);
    await broker.stop();
    return 'it started';
  } catch (error) {
    if (error instanceof BrokerRefused) return error.reason;
    throw error;
  }
}

const USERS = (users: string) => `<plugins><simpleAuthenticationPlugin><users>${users}</users></simpleAuthenticationPlugin></plugins>`;
const LAUGHS = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('\n');

describe('DOCTYPEs on a real broker', () => {
  verifies(['xml-entities'], 'xml-entities: broker 5.17.2 reads no entity at all: a DOCTYPE with an external entity, a billion-laughs one and one with a harmless internal entity each stop it with "Element type "beans" must be declared.", and a bare <!DOCTYPE beans> stops it too (Spring validates against the DOCTYPE)', async () => {
    const cases: { name: string; config: BrokerConfig; lint: string[] }[] = [
      { name: 'external entity', config: { xml: withDoctype('<!ENTITY users SYSTEM "users.xml">', USERS('&users;')), files: { 'users.xml': '<authenticationUser username="ext" password="extpw" groups="g"/>' } }, lint: ['xml-entities', 'xml-entities'] },
      { name: 'billion laughs', config: { xml: withDoctype(LAUGHS, USERS('<authenticationUser username="u" password="&l9;" groups="g"/>')) }, lint: ['xml-entities', 'xml-syntax'] },
      { name: 'a DOCTYPE without a subset', config: { xml: brokerXml(USERS('<authenticationUser username="u" password="pw" groups="g"/>')).replace('<beans', '<!DOCTYPE beans>\n<beans') }, lint: ['xml-entities'] },
      { name: 'internal entity', config: { xml: withDoctype('<!ENTITY pw "s3cret-pw">', USERS('<authenticationUser username="u" password="&pw;" groups="g"/>')) }, lint: ['xml-entities'] },
    ];
    const reasons = await Promise.all(cases.map((c) => refusal(c.config)));
    for (const [i, c] of cases.entries()) {
      if (c.name === 'a DOCTYPE without a subset') assert.match(reasons[i], /XmlBeanDefinitionStoreException: Line \d+ in XML document .* is invalid; nested exception is org\.xml\.sax\.SAXParseException/, c.name);
      else assert.match(reasons[i], /XmlBeanDefinitionStoreException: Line \d+ in XML document .* is invalid; nested exception is org\.xml\.sax\.SAXParseException; .*Element type "beans" must be declared\./, c.name);
      const findings = lintConfig(c.config).filter((f) => f.rule.startsWith('xml-')).map((f) => f.rule);
      assert.deepEqual(findings, c.lint, `${c.name}: the linter says the broker will not take this DOCTYPE`);
    }
  });
});

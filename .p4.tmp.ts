import { parseWithXmldom } from './server/src/parser/domParse';
import { scanXml } from './server/src/parser/scanner';
const NS = 'http://activemq.apache.org/schema/core';
for (const n of [5000, 10000, 20000]) {
  const text = `<beans xmlns:amq="${NS}"><amq:broker>` + Array.from({length: n}, (_, i) => `<amq:x xmlns:p${i}="u">`).join('') + '</amq:x>'.repeat(n) + '</amq:broker></beans>';
  let s = performance.now(); scanXml(text); const a = performance.now() - s;
  s = performance.now(); parseWithXmldom(text, 3); const b = performance.now() - s;
  console.log(n, 'scan', Math.round(a), 'xmldom', Math.round(b));
}

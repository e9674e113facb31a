// npm run bench: analysis time of hostile shapes at 10,000 and 100,000, and their ratio: nesting depth and
// attributes per element must cost linear time (a ratio near 10x; it was about 100x when namespace lookups walked
// every ancestor and each attribute searched to the end of its tag). Figures are printed, never asserted.
import { getLanguageService } from '../server/src/service/languageService';
import { median, ms, ratio, table } from './measure';

const NS = 'http://activemq.apache.org/schema/core';
const runs = Number(process.env.BENCH_RUNS ?? 5);

const SHAPES: Record<string, (n: number) => string> = {
  'nested elements': (n) => `<beans xmlns="http://www.springframework.org/schema/beans"><broker xmlns="${NS}"><plugins>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</plugins></broker></beans>`,
  'attributes on one element': (n) => `<beans><broker xmlns="${NS}" ${Array.from({ length: n }, (_, i) => `a${i}="v"`).join(' ')}/></beans>`,
};

/** Median milliseconds of a full analysis (parse, model, every rule) of `text`. */
function analysis(text: string): number {
  const service = getLanguageService();
  const times: number[] = [];
  for (let k = 0; k <= runs; k++) {
    const start = performance.now();
    service.validate(service.parse(text, `file:///bench/hostile-${k}.xml`));
    if (k > 0) times.push(performance.now() - start); // the first run warms up
    service.forget(`file:///bench/hostile-${k}.xml`);
  }
  return median(times);
}

const rows = Object.entries(SHAPES).map(([shape, generate]) => {
  const small = analysis(generate(10_000));
  const large = analysis(generate(100_000));
  return [shape, ms(small), ms(large), ratio(large / small)];
});
console.log('\nHostile shapes: full analysis at 10,000 and 100,000 (linear: about 10x)');
console.log(table(['shape', '10,000', '100,000', '100,000 / 10,000'], rows));

import { lint, NS } from './test/helpers';
const n = Number(process.argv[2]);
const text = `<beans xmlns="http://www.springframework.org/schema/beans"><broker xmlns="${NS}"><plugins>` + '<a>'.repeat(n) + '</a>'.repeat(n) + '</plugins></broker></beans>';
const s = performance.now();
const { reported } = lint(text);
console.log(n, Math.round(performance.now() - s), 'ms', reported.length, JSON.stringify(reported.slice(0, 3).map((r) => [r.rule, r.text, r.message.slice(0, 100)])));

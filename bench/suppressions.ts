// npm run bench (part): what linter comments cost. Full validation of a 10,000-entry config as generated, with an
// `activemq-lint-ignore` before every entry, and with a disable/enable pair around every other entry; the two
// commented forms as ratios to the plain one (lookups must stay near log n, not one scan of every comment per finding).
import { generateConfig } from './generateConfig';
import { ratio, table, timeTogether, ms } from './measure';
import { getLanguageService } from '../server/src/service/languageService';

const size = Number(process.env.BENCH_SUPPRESSION_SIZE ?? 10000);
const plain = generateConfig(size);
const ignored = plain.replace(/<authorizationEntry /g, '<!-- activemq-lint-ignore pattern-overlap, group-without-members --><authorizationEntry ');
let turn = 0;
const toggled = plain.replace(/<authorizationEntry /g, (entry) => `<!-- activemq-lint-${turn++ % 2 ? 'enable' : 'disable'} pattern-overlap -->${entry}`);
const lint = (text: string) => () => getLanguageService().lint(getLanguageService().parse(text));

const figures = timeTogether(3, { plain: { run: lint(plain) }, ignored: { run: lint(ignored) }, toggled: { run: lint(toggled) } });
console.log(`\nlinter comments, full validation of ${size.toLocaleString('en')} entries (median of at least 3 runs, taking turns)`);
console.log(table(['config', 'full validation', 'ratio to plain'], [
  ['as generated', ms(figures.plain), ratio(1)],
  ['an ignore comment before every entry', ms(figures.ignored), ratio(figures.ignored / figures.plain)],
  ['disable/enable around every other entry', ms(figures.toggled), ratio(figures.toggled / figures.plain)],
]));

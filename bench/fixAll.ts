// npm run bench (part): what fix all costs. A 10,000-entry config with a slip in most entries (a group in the wrong
// letter case, a list separated by a space): its full validation, one fix-all pass (what the editor runs on save:
// validation plus every autofix as non-overlapping edits), and --fix's passes until nothing is left (which parse
// and validate the fixed text again); the last two as ratios to the validation.
import { generateConfig } from './generateConfig';
import { ratio, table, timeTogether, ms } from './measure';
import { getLanguageService } from '../server/src/service/languageService';
import { fixAllPass } from '../server/src/service/features/fixAll';

const size = Number(process.env.BENCH_FIX_SIZE ?? 10000);
const slipped = generateConfig(size)
  .replace(/read="team/g, 'read="Team')
  .replace(/admin="(team\d+),admins"/g, 'admin="$1 admins"');
const fresh = () => getLanguageService();
const check = fresh().fixText(slipped);

const figures = timeTogether(3, {
  validate: { run: () => { const s = fresh(); return s.lint(s.parse(slipped)); } },
  pass: { run: () => { const s = fresh(); return fixAllPass(s.context(s.parse(slipped))); } },
  fix: { run: () => fresh().fixText(slipped) },
});
console.log(`\nfix all on ${size.toLocaleString('en')} entries, ${check.fixed.toLocaleString('en')} problems fixed (median of at least 3 runs, taking turns)`);
console.log(table(['measure', 'time', 'ratio to validation'], [
  ['full validation of the config with slips', ms(figures.validate), ratio(1)],
  ['one fix-all pass (source.fixAll, on save)', ms(figures.pass), ratio(figures.pass / figures.validate)],
  ['--fix: passes until nothing is left', ms(figures.fix), ratio(figures.fix / figures.validate)],
]));

// Prints how the linter's findings on the corpus differ from the reviewed test/corpus-expectations.json: every
// finding added or gone (file, line, rule, severity, covered text), with the new finding's message, so a rule
// change can be reviewed finding by finding. Run: node --import tsx scripts/corpus-diff.ts [name-filter]
import { getLanguageService } from '../server/src/service/languageService';
import { filesBeside } from '../server/src/service/nodeFiles';
import { corpusFiles } from '../test/corpus';
import { findingKey, readExpectations } from '../test/corpusExpectations';

const filter = process.argv[2] ?? '';
const expectations = readExpectations();
const service = getLanguageService();
let added = 0;
let removed = 0;
for (const file of corpusFiles()) {
  if (!file.name.includes(filter)) continue;
  const doc = service.parse(file.text, file.path);
  const actual = service.lint(doc, undefined, filesBeside(file.path)).problems.filter((p) => p.severity !== 'hint').map((p) => ({
    rule: p.rule.id,
    line: doc.positionAt(p.finding.span.start).line + 1,
    severity: p.severity,
    text: file.text.slice(p.finding.span.start, p.finding.span.end).slice(0, 120),
    message: p.finding.message,
  }));
  const expected = expectations[file.name]?.findings ?? [];
  // Counted per key: the same rule may report the same text on one line more than once.
  const remaining = new Map<string, typeof expected>();
  for (const f of expected) remaining.set(findingKey(f), [...(remaining.get(findingKey(f)) ?? []), f]);
  const lines: string[] = [];
  for (const f of actual) {
    const before = remaining.get(findingKey(f))?.shift();
    if (!before) lines.push(`  + ${f.line} ${f.rule} (${f.severity}) \`${f.text}\`: ${f.message}`);
    else if (before.severity !== f.severity) lines.push(`  ~ ${f.line} ${f.rule} ${before.severity} -> ${f.severity} \`${f.text}\`: ${f.message}`);
  }
  for (const rest of remaining.values()) for (const f of rest) lines.push(`  - ${f.line} ${f.rule} (${f.severity}) \`${f.text}\` (was: ${f.reason})`);
  added += lines.filter((l) => l.startsWith('  +')).length;
  removed += lines.filter((l) => l.startsWith('  -')).length;
  if (lines.length > 0) process.stdout.write(`${file.name}\n${lines.join('\n')}\n`);
}
process.stdout.write(`${added} added, ${removed} gone\n`);

// A rule's long docs, read from the markdown file next to its module (server/src/rules/<id>.md, or
// server/src/clientApps/rules/<id>.md for a client rule). Only the doc generators read them, from the project root
// as they run (like the files they write): the bundles never do.
import { existsSync, readFileSync } from 'node:fs';

export const RULE_DOC_FOLDERS = ['server/src/rules', 'server/src/clientApps/rules'];

export interface RuleDocs {
  /** What the rule catches, one paragraph. */
  catches: string;
  /** What ActiveMQ does at run time, with the source class where it matters. */
  runtime: string;
  wrong: string;
  right: string;
  fix: string;
  /** What "Fix all" and `activemq-lint --fix` change on their own; only rules whose fixes are marked autofix. */
  autofix?: string;
}

/** The sections of a rule's markdown, in their order: heading, the field it fills, and whether it is an xml block. */
export const SECTIONS = [
  { heading: 'Catches', field: 'catches', xml: false },
  { heading: 'At run time', field: 'runtime', xml: false },
  { heading: 'Wrong', field: 'wrong', xml: true },
  { heading: 'Right', field: 'right', xml: true },
  { heading: 'Fix', field: 'fix', xml: false },
  { heading: 'Autofix', field: 'autofix', xml: false },
] as const;
const OPTIONAL = new Set(['Autofix']);

/** The path, relative to the project root, of the rule's markdown file; undefined when there is none. */
export function ruleDocsPath(id: string): string | undefined {
  return RULE_DOC_FOLDERS.map((folder) => `${folder}/${id}.md`).find((file) => existsSync(file));
}

export function ruleDocs(id: string): RuleDocs {
  const file = ruleDocsPath(id);
  if (!file) throw new Error(`rule ${id} has no docs: write ${RULE_DOC_FOLDERS[0]}/${id}.md (or in ${RULE_DOC_FOLDERS[1]})`);
  return parseRuleDocs(readFileSync(file, 'utf8'), id, file);
}

/**
 * Parses `# <id>` then `## <section>` parts. A prose section's lines join with single spaces into one paragraph
 * (so the file can be wrapped for reading); Wrong and Right hold one fenced xml block, taken as it stands.
 */
export function parseRuleDocs(text: string, id: string, file = `${id}.md`): RuleDocs {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const fail = (why: string): never => { throw new Error(`${file}: ${why}`); };
  if (lines[0] !== `# ${id}`) fail(`the first line must be "# ${id}"`);
  const parts = new Map<string, string[]>();
  let current: string[] | undefined;
  let inFence = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^## (.+)$/.exec(line);
    if (heading) {
      if (parts.has(heading[1])) fail(`two "## ${heading[1]}" sections`);
      parts.set(heading[1], current = []);
    } else if (current) current.push(line);
    else if (line.trim()) fail(`text before the first section: "${line}"`);
  }
  const known = SECTIONS.map((s) => s.heading as string);
  const order = [...parts.keys()];
  for (const name of order) if (!known.includes(name)) fail(`unknown section "## ${name}" (known: ${known.join(', ')})`);
  if (order.join() !== known.filter((h) => parts.has(h)).join()) fail(`sections out of order (expected ${known.join(', ')})`);
  const docs: Partial<Record<keyof RuleDocs, string>> = {};
  for (const { heading, field, xml } of SECTIONS) {
    const body = parts.get(heading);
    if (!body) {
      if (!OPTIONAL.has(heading)) fail(`no "## ${heading}" section`);
      continue;
    }
    const value = xml ? xmlBlock(body, heading, fail) : body.map((l) => l.trim()).filter(Boolean).join(' ');
    if (!value.trim()) fail(`the "## ${heading}" section is empty`);
    docs[field] = value;
  }
  return docs as RuleDocs;
}

function xmlBlock(body: string[], heading: string, fail: (why: string) => never): string {
  const start = body.findIndex((l) => l.trim());
  let end = body.length - 1;
  while (end > start && !body[end].trim()) end--;
  if (start < 0 || body[start] !== '```xml' || body[end] !== '```' || end <= start) fail(`"## ${heading}" must hold one \`\`\`xml block`);
  return body.slice(start + 1, end).join('\n');
}

// The text of docs/fidelity.md: per rule, the broker-backed test that shows its claim about run time on a real
// ActiveMQ 5.17.2, or the ActiveMQ classes its docs rest on; and the differential figure. The rule → test mapping is
// read from the verifies() calls in test/broker (their literals), so the page names only tests that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { RULES } from '../server/src/rules/registry';
import { ruleDocs } from './ruleDocs';

export const BROKER_TESTS = 'test/broker';
export const DIFFERENTIAL_FIGURES = 'test/broker/differential-figures.json';
const BROKER_VERSION = '5.17.2';

export interface Verification {
  ruleIds: string[];
  file: string;
  name: string;
  /** Set when the test is marked todo: the linter does not yet say what the broker does. */
  todo?: string;
}

function literal(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** The verifies(ruleIds, name, body, options?) calls of one test file. */
export function verificationsIn(file: string, text: string): Verification[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Verification[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'verifies') {
      const [ids, name, , options] = node.arguments;
      const ruleIds = ids && ts.isArrayLiteralExpression(ids) ? ids.elements.map(literal) : [undefined];
      const title = literal(name);
      if (ruleIds.some((id) => id === undefined) || title === undefined) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        throw new Error(`${file}:${line + 1}: verifies() takes literal rule ids and a literal test name`);
      }
      let todo: string | undefined;
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const p of options.properties) if (ts.isPropertyAssignment(p) && p.name.getText(source) === 'todo') todo = literal(p.initializer) ?? 'todo';
      }
      found.push({ ruleIds: ruleIds as string[], file, name: title, todo });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function brokerVerifications(dir = BROKER_TESTS): Verification[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith('.test.ts')).sort()
    .flatMap((n) => verificationsIn(join(dir, n).split('\\').join('/'), readFileSync(join(dir, n), 'utf8')));
}

/** The ids of the client rules (alfresco-global.properties), listed in a section of their own. */
export function clientCheckCodes(): string[] {
  return RULES.filter((r) => r.category === 'client').map((r) => r.id).sort();
}

/** The ActiveMQ classes (and methods) a rule's run-time docs name: CamelCase names, exceptions left out. */
export function classesNamed(runtime: string): string[] {
  const names = [...runtime.matchAll(/\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+(?:\.[a-z]\w*)?)\b/g)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !/(Exception|Error)$/.test(n) && !/^(ActiveMQ|OpenWire|VirtualTopic)$/.test(n)))];
}

/**
 * Rules whose message claims nothing a running broker could show: why, in one phrase (docs/fidelity.md says it
 * instead of the classes, while no broker test verifies the rule).
 */
export const NO_BROKER_CLAIM: Readonly<Record<string, string>> = {
  'internal-error': 'its message is about the linter (a rule failed), not the broker',
  'file-too-large': 'its message is about the linter (the file was not checked), not the broker',
  'file-not-read': 'its message is about the linter (a file it would not read), not the broker',
  'lint-comment': 'its message is about the linter\'s own comments, not the broker',
  'unused-group': 'its message describes the file (a group no entry names), not the broker',
  'plaintext-password': 'its message describes the file (a password written in it), not the broker',
  'web-console': 'Debian\'s 5.17.2 package ships no web console (neither Jetty nor the webapps) for a test broker to run',
};

export interface DifferentialFigures {
  configs: number;
  probes: number;
  disagreements: number;
  seeds?: number;
}

function readFigures(path: string): DifferentialFigures | undefined {
  if (!existsSync(path)) return undefined;
  const figures = JSON.parse(readFileSync(path, 'utf8')) as DifferentialFigures;
  for (const key of ['configs', 'probes', 'disagreements'] as const) {
    if (!Number.isInteger(figures[key])) throw new Error(`${path}: "${key}" must be a whole number`);
  }
  return figures;
}

function testRef(v: Verification): string {
  return `[\`${v.file.replace(/^test\/broker\//, '')}\`](../${v.file}) › ${v.name}`;
}

function verdictLines(id: string, verifications: Verification[], sourceOnly: string): string[] {
  const mine = verifications.filter((v) => v.ruleIds.includes(id));
  const done = mine.filter((v) => !v.todo);
  const lines = done.length > 0
    ? [`**verified on ActiveMQ ${BROKER_VERSION}** by`, ...done.map((v) => `- ${testRef(v)}`)]
    : [`from source only: ${sourceOnly}`];
  for (const v of mine.filter((m) => m.todo)) lines.push(`- not yet agreed (the test runs as todo: ${v.todo}): ${testRef(v)}`);
  return lines;
}

export function fidelityMarkdown(verifications = brokerVerifications(), figures = readFigures(DIFFERENTIAL_FIGURES), clientCodes = clientCheckCodes()): string {
  const known = new Set([...RULES.map((r) => r.id), ...clientCodes]);
  for (const v of verifications) {
    for (const id of v.ruleIds) if (!known.has(id)) throw new Error(`${v.file} › ${v.name}: verifies unknown rule or client check "${id}"`);
  }
  for (const id of Object.keys(NO_BROKER_CLAIM)) if (!known.has(id)) throw new Error(`NO_BROKER_CLAIM names unknown rule "${id}"`);
  const verified = RULES.filter((r) => verifications.some((v) => !v.todo && v.ruleIds.includes(r.id)));
  const out: string[] = [
    '# Fidelity: what a real broker confirmed',
    '',
    '<!-- Generated by `node --import tsx scripts/generate-fidelity-doc.ts` from the verifies() calls in test/broker and the differential figures; edit those, not this file. -->',
    '',
    `Every rule of activemq-xml describes what ActiveMQ does at run time. Here is, per rule, whether a test has made a real`,
    `ActiveMQ Classic ${BROKER_VERSION} broker (Debian's package, started by \`npm run test:broker\`) do what the rule's message`,
    'says, with the broker\'s own words, or whether the rule rests on ActiveMQ\'s source alone (the classes its docs name).',
    '',
    `**${verified.length} of ${RULES.length} rules verified on a running broker.**`,
    '',
    '## Effective permissions, differential test',
    '',
  ];
  out.push(figures
    ? `Generated configs: **${figures.configs}**, (user, destination, operation) probes: **${figures.probes}**, disagreements between the language ` +
      `service's effective permissions (hover, \`--who-can\`) and the broker: **${figures.disagreements}**${figures.seeds ? ` (over ${figures.seeds} seeds)` : ''}.`
    : `Not yet measured (no \`${DIFFERENTIAL_FIGURES}\`).`, '');
  out.push('## Rules', '');
  for (const rule of RULES.filter((r) => !clientCodes.includes(r.id))) {
    const classes = classesNamed(ruleDocs(rule.id).runtime);
    const named = classes.length > 0 ? classes.map((c) => `\`${c}\``).join(', ') : `its docs name no class; see [docs/rules.md](rules.md#${rule.id})`;
    const sourceOnly = NO_BROKER_CLAIM[rule.id] ? `${NO_BROKER_CLAIM[rule.id]}; see [docs/rules.md](rules.md#${rule.id})` : named;
    out.push(`### ${rule.id}`, '', ...verdictLines(rule.id, verifications, sourceOnly), '');
  }
  out.push('## Client checks (alfresco-global.properties)', '');
  for (const code of clientCodes) {
    out.push(`### ${code}`, '', ...verdictLines(code, verifications, 'the Alfresco documentation; see [docs/alfresco.md](alfresco.md)'), '');
  }
  return out.join('\n');
}

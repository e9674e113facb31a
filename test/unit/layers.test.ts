// The source tree's layers point down: a module imports only from its own layer or the layers below it, and no
// import cycle exists (type-only imports count too: they tie the modules together for a reader just the same).
// The layer order is declared once, in server/src/layers.json; the README's "Development" section draws it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

const ROOT = 'server/src';

interface Layers {
  /** Lowest first: each layer's name and the paths (folders ending in `/`, or files) under server/src it holds. */
  order: { layer: string; paths: string[] }[];
  /** Modules that server and CLI glue may import (the facade and the node-only file access), besides their own. */
  glueMayImport: string[];
}

const LAYERS: Layers = JSON.parse(readFileSync(join(ROOT, 'layers.json'), 'utf8'));

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import (static, type-only, re-export, dynamic) of every module under server/src, as paths relative to it. */
function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(ROOT)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveModule(join(dirname(file), spec)))
      .filter((target): target is string => target !== undefined);
    graph.set(relative(ROOT, file), targets.map((t) => relative(ROOT, t)));
  }
  return graph;
}

function resolveModule(path: string): string | undefined {
  const bare = normalize(path).replace(/\.js$/, '');
  for (const candidate of [bare + '.ts', join(bare, 'index.ts'), bare]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

function layerOf(module: string, layers: Layers): number {
  return layers.order.findIndex(({ paths }) => paths.some((p) => (p.endsWith('/') ? module.startsWith(p) : module === p)));
}

export function upwardImports(graph: Graph, layers: Layers): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const own = layerOf(from, layers);
    for (const to of targets) {
      const their = layerOf(to, layers);
      if (their > own) found.push(`${from} (${layers.order[own].layer}) imports ${to} (${layers.order[their].layer})`);
    }
  }
  return found;
}

/** The import cycles, each as its modules in order (Tarjan's strongly connected components of more than one module). */
export function importCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (module: string) => {
    index.set(module, next);
    low.set(module, next++);
    stack.push(module);
    onStack.add(module);
    for (const to of graph.get(module) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(module, Math.min(low.get(module)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(module, Math.min(low.get(module)!, index.get(to)!));
    }
    if (low.get(module) === index.get(module)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== module);
      if (component.length > 1 || (graph.get(module) ?? []).includes(module)) cycles.push(component.reverse());
    }
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return cycles;
}

const graph = importGraph();

test('every module under server/src belongs to a layer of server/src/layers.json', () => {
  assert.deepEqual([...graph.keys()].filter((m) => layerOf(m, LAYERS) < 0), []);
});

test('no module imports from a layer above its own', () => {
  assert.deepEqual(upwardImports(graph, LAYERS), []);
});

test('no import cycle in server/src', () => {
  assert.deepEqual(importCycles(graph), []);
});

test('server and CLI glue import only the facade, the node file access and each other', () => {
  const glue = LAYERS.order.at(-1)!;
  const isGlue = (m: string) => layerOf(m, LAYERS) === LAYERS.order.length - 1;
  const outside = [...graph].flatMap(([from, targets]) =>
    isGlue(from) ? targets.filter((to) => !isGlue(to) && !LAYERS.glueMayImport.some((p) => (p.endsWith('/') ? to.startsWith(p) : to === p))).map((to) => `${from} imports ${to}`) : [],
  );
  assert.equal(glue.layer, 'glue');
  assert.deepEqual(outside, []);
});

test('a rule does not import another rule (what two rules share lives in rules/support/)', () => {
  const isRule = (m: string) => /^rules\/[a-z]+(-[a-z]+)*\.ts$/.test(m) && m !== 'rules/types.ts' && m !== 'rules/registry.ts';
  const found = [...graph].flatMap(([from, targets]) => (isRule(from) ? targets.filter(isRule).map((to) => `${from} imports ${to}`) : []));
  assert.deepEqual(found, []);
});

// The checks themselves, on a small planted graph: they must be able to fail.
test('the checks report a planted upward import and a planted cycle', () => {
  const layers: Layers = { order: [{ layer: 'low', paths: ['low/'] }, { layer: 'high', paths: ['high/'] }], glueMayImport: [] };
  const planted: Graph = new Map([
    ['low/a.ts', ['high/b.ts']],
    ['high/b.ts', ['high/c.ts']],
    ['high/c.ts', ['high/b.ts']],
  ]);
  assert.deepEqual(upwardImports(planted, layers), ['low/a.ts (low) imports high/b.ts (high)']);
  assert.deepEqual(importCycles(planted), [['high/b.ts', 'high/c.ts']]);
});

// xmldom compiles a new regular expression from its Unicode name grammar for every end tag it reads (sax.js:
// `g.reg('^', g.QName_group, g.S_OPT, '$')`), which made compiling regular expressions the largest single cost of
// reading 100,000 nested elements. Its `reg` builds the same expression from the same parts every time, and those
// expressions are neither global nor sticky (no lastIndex state), so one compiled copy per set of parts serves.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const grammar = require('@xmldom/xmldom/lib/grammar') as { reg?: (...parts: (RegExp | string)[]) => RegExp };

/** Compiled expressions by their parts: a tree of maps keyed by each part itself (strings by value, expressions by identity). */
interface CacheNode {
  next: Map<RegExp | string, CacheNode>;
  expression: RegExp | undefined;
}

const original = grammar.reg;
if (typeof original === 'function') {
  const root: CacheNode = { next: new Map(), expression: undefined };
  grammar.reg = function cachedReg(this: unknown, ...parts: (RegExp | string)[]): RegExp {
    let node = root;
    for (const part of parts) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { next: new Map(), expression: undefined }));
      node = child;
    }
    if (node.expression) return node.expression;
    const expression = original.apply(this, parts);
    // Only stateless expressions may be shared.
    if (!expression.global && !expression.sticky) node.expression = expression;
    return expression;
  };
}

export {};

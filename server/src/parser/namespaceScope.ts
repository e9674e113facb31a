// The namespace bindings in scope while the scanner reads: one stack of URIs per prefix. An element's prefix is
// looked up in constant time, however deep it stands; a lookup that walked the ancestors made 100,000 nested
// elements take minutes.

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>();
  /** How many elements with declarations are open. */
  depth = 0;

  /** Brings an element's declarations (prefix '' for the default namespace) into scope. */
  enter(declarations: Map<string, string>): void {
    this.depth++;
    for (const [prefix, uri] of declarations) {
      const stack = this.bindings.get(prefix);
      if (stack) stack.push(uri);
      else this.bindings.set(prefix, [uri]);
    }
  }

  /** Takes an element's declarations out of scope again, when the element ends. */
  leave(declarations: Map<string, string>): void {
    this.depth--;
    for (const prefix of declarations.keys()) this.bindings.get(prefix)?.pop();
  }

  lookup(prefix: string): string | undefined {
    const stack = this.bindings.get(prefix);
    if (stack && stack.length > 0) return stack[stack.length - 1];
    return prefix === 'xml' ? XML_NAMESPACE : undefined;
  }
}

#!/usr/bin/env node
// Derives ActiveMQ's activemq.xml vocabulary (namespace http://activemq.apache.org/schema/core)
// from ActiveMQ's Java sources, re-implementing what maven-xbean-plugin does when it writes
// activemq.xsd (xbean QdoxMappingLoader + XsdGenerator + Utils, qdox 1.12 bean properties).
// Only names and types are written; no documentation text is copied.
//
// Usage:
//   node scripts/generate-vocabulary.mjs --source <activemq checkout> [--commit <sha>] [--out <file>]
//   node scripts/generate-vocabulary.mjs --git-dir <bare repo> --ref <ref> [--out <file>]
// Default output: server/src/data/vocabulary.json. See docs/vocabulary.md.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMESPACE = 'http://activemq.apache.org/schema/core';
const XBEAN_TAG = 'org.apache.xbean.XBean';
const PROPERTY_TAG = 'org.apache.xbean.Property';
const SPRING_MODULE = 'activemq-spring';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Source access: a checkout on disk, or a (bare) git directory at a ref, so that a fetched
// mirror can be read without a work tree.

class FolderSource {
  constructor(root) {
    this.root = resolve(root);
  }
  read(path) {
    const file = join(this.root, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }
  listJavaFiles(folder) {
    const base = join(this.root, folder);
    if (!existsSync(base)) return [];
    const found = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.java')) found.push(relative(this.root, full).split('\\').join('/'));
      }
    };
    walk(base);
    return found;
  }
  // Only a checkout's own .git counts: an extracted archive inside another repository has no commit.
  commit() {
    if (!existsSync(join(this.root, '.git'))) return undefined;
    try {
      return git(this.root, ['rev-parse', 'HEAD']).trim();
    } catch {
      return undefined;
    }
  }
}

class GitSource {
  constructor(gitDir, ref) {
    this.gitDir = gitDir;
    this.ref = ref;
    this.resolvedCommit = git(gitDir, ['rev-parse', `${ref}^{commit}`]).trim();
    this.cache = new Map();
  }
  read(path) {
    if (!this.cache.has(path)) {
      let text;
      try {
        text = git(this.gitDir, ['show', `${this.resolvedCommit}:${path}`]);
      } catch {
        text = undefined;
      }
      this.cache.set(path, text);
    }
    return this.cache.get(path);
  }
  listJavaFiles(folder) {
    const out = git(this.gitDir, ['ls-tree', '-r', '--name-only', this.resolvedCommit, '--', folder]);
    const files = out.split('\n').filter((p) => p.endsWith('.java'));
    this.prefetch(files);
    return files.sort();
  }
  // One `git cat-file --batch` instead of thousands of `git show` processes.
  prefetch(paths) {
    if (paths.length === 0) return;
    const input = paths.map((p) => `${this.resolvedCommit}:${p}`).join('\n') + '\n';
    const output = execFileSync('git', ['--git-dir', this.gitDir, 'cat-file', '--batch'], {
      input,
      maxBuffer: 1 << 30,
    });
    let offset = 0;
    for (const path of paths) {
      const headerEnd = output.indexOf(10, offset);
      const header = output.subarray(offset, headerEnd).toString('utf8');
      const size = Number(header.split(' ')[2]);
      if (header.endsWith('missing') || Number.isNaN(size)) {
        this.cache.set(path, undefined);
        offset = headerEnd + 1;
        continue;
      }
      this.cache.set(path, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
      offset = headerEnd + 1 + size + 1;
    }
  }
  commit() {
    return this.resolvedCommit;
  }
}

function git(dir, args) {
  const where = existsSync(join(dir, 'HEAD')) && !existsSync(join(dir, '.git')) ? ['--git-dir', dir] : ['-C', dir];
  return execFileSync('git', [...where, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
}

// ---------------------------------------------------------------------------------------------
// Build configuration, read from the version's own poms.

function readPluginConfig(source) {
  const pom = source.read(`${SPRING_MODULE}/pom.xml`);
  if (!pom) throw new Error(`${SPRING_MODULE}/pom.xml not found in the source`);
  const plugin = pom.slice(pom.indexOf('<artifactId>maven-xbean-plugin</artifactId>'));
  const includes = [...plugin.matchAll(/<include>\s*\$\{basedir\}\/\.\.\/([^<]+?)\s*<\/include>/g)].map((m) => m[1]);
  const excluded = (plugin.match(/<excludedClasses>([^<]*)<\/excludedClasses>/)?.[1] ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  // The plugin's default srcDir is activemq-spring's own src/main/java.
  const sourceDirs = [`${SPRING_MODULE}/src/main/java`, ...includes.map((p) => p.replace(/\/$/, ''))];
  const rootPom = source.read('pom.xml') ?? '';
  const withoutParent = rootPom.replace(/<parent>[\s\S]*?<\/parent>/, '');
  const version = withoutParent.match(/<version>([^<]+)<\/version>/)?.[1];
  return { sourceDirs, excluded: new Set(excluded), version };
}

// ---------------------------------------------------------------------------------------------
// Java tokenizer: identifiers, punctuation, literals skipped to placeholders, and `/** */`
// javadoc kept as tokens (qdox reads tags from javadoc only; `/* */` and `//` are dropped).

function tokenize(text) {
  const tokens = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
      i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? length : end + 2;
      // `/**/` is an empty plain comment, not javadoc.
      if (text[i + 2] === '*' && i + 3 < stop - 1) tokens.push({ kind: 'javadoc', text: text.slice(i + 3, stop - 2) });
      i = stop;
    } else if (ch === '"' && text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      i = end < 0 ? length : end + 3;
      tokens.push({ kind: 'literal', text: '""' });
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
      tokens.push({ kind: 'literal', text: ch + ch });
    } else if (/[A-Za-z_$]/.test(ch) || ch.charCodeAt(0) > 127) {
      let j = i + 1;
      while (j < length && (/[A-Za-z0-9_$]/.test(text[j]) || text.charCodeAt(j) > 127)) j++;
      tokens.push({ kind: 'ident', text: text.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < length && /[0-9A-Za-z_.]/.test(text[j])) j++;
      tokens.push({ kind: 'literal', text: '0' });
      i = j;
    } else if (ch === '.' && text.startsWith('...', i)) {
      tokens.push({ kind: 'punct', text: '...' });
      i += 3;
    } else {
      // Single characters only: `>>` stays two `>` so generic types close properly.
      tokens.push({ kind: 'punct', text: ch });
      i++;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Javadoc tags as qdox sees them: a block tag starts a line; its value runs until the next block
// tag; named parameters are `key="value"` or `key=value`.

function javadocTags(javadoc) {
  if (!javadoc) return [];
  const lines = javadoc.split(/\r\n|\r|\n/).map((line) => line.replace(/^\s*\*?\s?/, ''));
  const tags = [];
  for (const line of lines) {
    const start = line.match(/^\s*@([\w.]+)(.*)$/);
    if (start) tags.push({ name: start[1], value: start[2] });
    else if (tags.length > 0) tags[tags.length - 1].value += '\n' + line;
  }
  return tags.map(({ name, value }) => ({ name, params: namedParameters(value) }));
}

function namedParameters(value) {
  const params = {};
  for (const m of value.matchAll(/([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    if (!(m[1] in params)) params[m[1]] = m[2] ?? m[3] ?? m[4];
  }
  return params;
}

function findTag(javadoc, name) {
  return javadocTags(javadoc).find((tag) => tag.name === name);
}

// ---------------------------------------------------------------------------------------------
// Java declaration reader: package, imports, (nested) types, methods, constructors, parameters.
// Method bodies and initialisers are skipped as balanced blocks; only declarations matter.

const MODIFIERS = new Set([
  'public', 'protected', 'private', 'static', 'final', 'abstract', 'synchronized', 'native',
  'transient', 'volatile', 'strictfp', 'default', 'sealed',
]);
const TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
const OPENERS = { '(': ')', '{': '}', '[': ']' };

class JavaReader {
  constructor(text) {
    this.tokens = tokenize(text);
    this.pos = 0;
  }
  peek(offset = 0) {
    return this.tokens[this.pos + offset];
  }
  next() {
    return this.tokens[this.pos++];
  }
  atEnd() {
    return this.pos >= this.tokens.length;
  }
  is(text, offset = 0) {
    const token = this.peek(offset);
    return token !== undefined && token.kind !== 'javadoc' && token.text === text;
  }
  // Skips a balanced (), {} or [] group starting at the current opener.
  skipGroup() {
    const open = this.next().text;
    const close = OPENERS[open];
    let depth = 1;
    while (!this.atEnd() && depth > 0) {
      const token = this.next();
      if (token.kind !== 'punct') continue;
      if (token.text === open) depth++;
      else if (token.text === close) depth--;
    }
  }
  // Skips `<...>` type parameters/arguments.
  skipAngles() {
    let depth = 0;
    do {
      const token = this.next();
      if (token.text === '<') depth++;
      else if (token.text === '>') depth--;
      else if (token.text === '(') {
        this.pos--;
        this.skipGroup();
      }
    } while (!this.atEnd() && depth > 0);
  }
  skipAnnotation() {
    this.next(); // '@'
    this.readQualifiedName();
    if (this.is('(')) this.skipGroup();
  }
  readQualifiedName() {
    let name = this.next().text;
    while (this.is('.') && this.peek(1)?.kind === 'ident') {
      this.next();
      name += '.' + this.next().text;
    }
    return name;
  }
  // A type reference: qualified name, generic arguments dropped, array dimensions counted.
  readType() {
    while (this.is('@')) this.skipAnnotation();
    if (this.is('?')) this.next();
    let name = this.readQualifiedName();
    if (this.is('<')) this.skipAngles();
    // Nested type through a generic outer type, e.g. Map.Entry<K,V>.Inner
    while (this.is('.') && this.peek(1)?.kind === 'ident') {
      this.next();
      name += '.' + this.next().text;
      if (this.is('<')) this.skipAngles();
    }
    let dimensions = 0;
    for (;;) {
      while (this.is('@')) this.skipAnnotation();
      if (this.is('[') && this.is(']', 1)) {
        this.pos += 2;
        dimensions++;
      } else if (this.is('...')) {
        this.next();
        dimensions++;
      } else break;
    }
    return { name, dimensions };
  }
  readTypeList() {
    const types = [this.readType()];
    while (this.is(',')) {
      this.next();
      types.push(this.readType());
    }
    return types;
  }
  // Leading javadoc, annotations and modifiers of a declaration.
  readPrelude() {
    let javadoc;
    const modifiers = new Set();
    for (;;) {
      const token = this.peek();
      if (!token) break;
      if (token.kind === 'javadoc') {
        javadoc = token.text;
        this.next();
      } else if (token.text === '@' && !this.is('interface', 1)) {
        this.skipAnnotation();
      } else if (token.kind === 'ident' && MODIFIERS.has(token.text)) {
        modifiers.add(this.next().text);
      } else if (token.text === 'non' && this.is('-', 1) && this.is('sealed', 2)) {
        this.pos += 3;
      } else break;
    }
    return { javadoc, modifiers };
  }

  readCompilationUnit() {
    const unit = { packageName: '', imports: [], types: [] };
    while (!this.atEnd()) {
      const { javadoc, modifiers } = this.readPrelude();
      if (this.atEnd()) break;
      if (this.is('package')) {
        this.next();
        unit.packageName = this.readQualifiedName();
      } else if (this.is('import')) {
        this.next();
        const isStatic = this.is('static');
        if (isStatic) this.next();
        let name = this.readQualifiedName();
        if (this.is('.') && this.is('*', 1)) {
          this.pos += 2;
          name += '.*';
        }
        if (!isStatic) unit.imports.push(name);
      } else if (this.isTypeStart()) {
        unit.types.push(this.readTypeDeclaration(javadoc, modifiers, undefined));
        continue;
      } else if (!this.is(';')) {
        this.next();
        continue;
      }
      while (!this.atEnd() && !this.is(';')) this.next();
      this.next();
    }
    return unit;
  }
  isTypeStart() {
    return (this.peek()?.kind === 'ident' && TYPE_KEYWORDS.has(this.peek().text) && this.peek(1)?.kind === 'ident')
      || (this.is('@') && this.is('interface', 1));
  }

  readTypeDeclaration(javadoc, modifiers, outer) {
    let kind = this.next().text;
    if (kind === '@') {
      this.next();
      kind = 'annotation';
    }
    const type = {
      kind,
      name: this.next().text,
      outer,
      javadoc,
      isAbstract: modifiers.has('abstract'),
      superclass: undefined,
      interfaces: [],
      methods: [],
      nested: [],
    };
    if (this.is('<')) this.skipAngles();
    if (kind === 'record' && this.is('(')) this.skipGroup();
    while (!this.atEnd() && !this.is('{')) {
      const keyword = this.next().text;
      if (keyword === 'extends') {
        const supertypes = this.readTypeList();
        if (kind === 'interface') type.interfaces.push(...supertypes);
        else type.superclass = supertypes[0];
      } else if (keyword === 'implements') {
        type.interfaces.push(...this.readTypeList());
      } else if (keyword === 'permits') {
        this.readTypeList();
      }
    }
    this.next(); // '{'
    if (kind === 'enum') this.skipEnumConstants();
    this.readBody(type);
    return type;
  }
  skipEnumConstants() {
    while (!this.atEnd() && !this.is(';') && !this.is('}')) {
      if (this.is('(') || this.is('{')) this.skipGroup();
      else this.next();
    }
    if (this.is(';')) this.next();
  }
  readBody(type) {
    while (!this.atEnd()) {
      if (this.is('}')) {
        this.next();
        return;
      }
      if (this.is(';')) {
        this.next();
        continue;
      }
      const { javadoc, modifiers } = this.readPrelude();
      if (this.is('}')) continue;
      if (this.is('{')) {
        this.skipGroup(); // initialiser block
      } else if (this.isTypeStart()) {
        type.nested.push(this.readTypeDeclaration(javadoc, modifiers, type));
      } else {
        this.readMember(type, javadoc, modifiers);
      }
    }
  }
  readMember(type, javadoc, modifiers) {
    if (this.is('<')) this.skipAngles(); // generic method
    const isConstructor = this.peek()?.text === type.name && this.is('(', 1);
    const returnType = isConstructor ? undefined : this.readType();
    const name = isConstructor ? this.next().text : this.peek()?.kind === 'ident' ? this.next().text : undefined;
    if (name !== undefined && this.is('(')) {
      const parameters = this.readParameters();
      while (!this.atEnd() && !this.is('{') && !this.is(';')) this.next(); // throws, default value
      if (this.is('{')) this.skipGroup();
      else this.next();
      const isPublic = modifiers.has('public') || type.kind === 'interface' || type.kind === 'annotation';
      type.methods.push({
        name, javadoc, isConstructor, returnType, parameters,
        isStatic: modifiers.has('static'),
        isPublic,
      });
      return;
    }
    // Field (or something unexpected): skip to the end of the declaration.
    while (!this.atEnd() && !this.is(';') && !this.is('}')) {
      if (this.peek().text in OPENERS && this.peek().kind === 'punct') this.skipGroup();
      else this.next();
    }
    if (this.is(';')) this.next();
  }
  readParameters() {
    this.next(); // '('
    const parameters = [];
    while (!this.atEnd() && !this.is(')')) {
      while (this.is('@') || this.is('final')) {
        if (this.is('@')) this.skipAnnotation();
        else this.next();
      }
      const type = this.readType();
      const name = this.next().text;
      // C-style array declarator: `String names[]`
      while (this.is('[') && this.is(']', 1)) {
        this.pos += 2;
        type.dimensions++;
      }
      parameters.push({ name, type });
      if (this.is(',')) this.next();
    }
    this.next(); // ')'
    return parameters;
  }
}

// ---------------------------------------------------------------------------------------------
// Type model: every scanned type by fully qualified name (nested types joined with '.').

const BOXED_XSD_TYPES = {
  'boolean': 'boolean', 'java.lang.Boolean': 'boolean',
  'byte': 'byte', 'java.lang.Byte': 'byte',
  'short': 'short', 'java.lang.Short': 'short',
  'int': 'integer', 'java.lang.Integer': 'integer',
  'long': 'long', 'java.lang.Long': 'long',
  'float': 'float', 'java.lang.Float': 'float',
  'double': 'double', 'java.lang.Double': 'double',
  'java.util.Date': 'date', 'java.sql.Date': 'date',
  'javax.xml.namespace.QName': 'QName',
};
const PRIMITIVES = new Set(['boolean', 'byte', 'char', 'short', 'int', 'long', 'float', 'double', 'void']);
const JAVA_LANG = new Set([
  'String', 'Boolean', 'Byte', 'Character', 'Short', 'Integer', 'Long', 'Float', 'Double', 'Number',
  'Object', 'Class', 'Runnable', 'Thread', 'Throwable', 'Exception', 'RuntimeException', 'Iterable',
  'ClassLoader', 'StringBuilder', 'CharSequence', 'Enum', 'Void', 'ThreadGroup',
]);
// JDK types that PropertyEditorManager has an editor for (java.beans registry and
// com.sun.beans.editors), which makes them XML attributes.
const JDK_TYPES_WITH_EDITOR = new Set([
  'java.lang.String', 'java.lang.Boolean', 'java.lang.Byte', 'java.lang.Short', 'java.lang.Integer',
  'java.lang.Long', 'java.lang.Float', 'java.lang.Double', 'java.awt.Color', 'java.awt.Font',
  'java.lang.Class', 'javax.xml.namespace.QName',
]);
// JDK enums seen in ActiveMQ setters (enums get java.beans' EnumEditor, i.e. are simple types).
const JDK_ENUMS = new Set(['java.util.concurrent.TimeUnit']);
// Non-JDK library types with a `<Type>Editor` class next to them on the plugin's classpath.
const LIBRARY_TYPES_WITH_EDITOR = new Set(['org.springframework.jndi.JndiTemplate', 'org.springframework.core.io.Resource']);
// java.util.Collection and its JDK subtypes (qdox `Type.isA(java.util.Collection)`).
const JDK_COLLECTIONS = new Set([
  'Collection', 'List', 'Set', 'SortedSet', 'NavigableSet', 'Queue', 'Deque', 'ArrayList', 'LinkedList',
  'Vector', 'Stack', 'HashSet', 'LinkedHashSet', 'TreeSet', 'ArrayDeque', 'PriorityQueue', 'AbstractList',
  'AbstractSet', 'AbstractCollection',
].map((n) => `java.util.${n}`).concat([
  'CopyOnWriteArrayList', 'CopyOnWriteArraySet', 'ConcurrentLinkedQueue', 'ConcurrentLinkedDeque',
  'BlockingQueue', 'BlockingDeque', 'LinkedBlockingQueue', 'LinkedBlockingDeque', 'ArrayBlockingQueue',
  'PriorityBlockingQueue', 'DelayQueue', 'ConcurrentSkipListSet',
].map((n) => `java.util.concurrent.${n}`)));

class TypeModel {
  constructor() {
    this.types = new Map(); // fqn -> declaration
    this.packages = new Map(); // package -> Set(simple top-level names)
  }
  add(unit, path) {
    const register = (type, prefix) => {
      const fqn = prefix ? `${prefix}.${type.name}` : type.name;
      Object.assign(type, { fqn, unit, path });
      this.types.set(fqn, type);
      for (const nested of type.nested) register(nested, fqn);
    };
    for (const type of unit.types) {
      register(type, unit.packageName);
      if (!this.packages.has(unit.packageName)) this.packages.set(unit.packageName, new Set());
      this.packages.get(unit.packageName).add(type.name);
    }
  }
  // Resolves a type name as written inside `context` to a fully qualified name, the way qdox
  // does: nested and inherited member types, single imports, same package, wildcard imports,
  // java.lang; otherwise the name is kept as written.
  resolve(name, context, inherited = true) {
    if (PRIMITIVES.has(name)) return name;
    const [first, ...rest] = name.split('.');
    const suffix = rest.length ? '.' + rest.join('.') : '';
    const head = this.resolveSimple(first, context, inherited);
    if (head !== undefined) return head + suffix;
    if (this.types.has(name)) return name;
    return name;
  }
  resolveSimple(simple, context, inherited) {
    for (let type = context; type; type = type.outer) {
      const member = inherited ? this.findMemberType(type, simple, new Set()) : this.ownMemberType(type, simple);
      if (member) return member;
    }
    const unit = context.unit;
    for (const imported of unit.imports) {
      if (imported.endsWith('.' + simple)) return imported;
    }
    if (this.packages.get(unit.packageName)?.has(simple)) {
      return unit.packageName ? `${unit.packageName}.${simple}` : simple;
    }
    for (const imported of unit.imports) {
      if (!imported.endsWith('.*')) continue;
      const pkg = imported.slice(0, -2);
      if (this.packages.get(pkg)?.has(simple)) return `${pkg}.${simple}`;
      if (this.types.has(`${pkg}.${simple}`)) return `${pkg}.${simple}`; // static nested via wildcard
      if ((pkg === 'java.util' || pkg === 'java.util.concurrent') && JDK_COLLECTIONS.has(`${pkg}.${simple}`)) {
        return `${pkg}.${simple}`;
      }
    }
    if (JAVA_LANG.has(simple)) return `java.lang.${simple}`;
    return undefined;
  }
  ownMemberType(type, simple) {
    if (type.name === simple && !type.outer) return type.fqn;
    return type.nested.find((n) => n.name === simple)?.fqn;
  }
  // Member types declared in `type` or inherited from its supertypes. Supertype names are
  // resolved without inherited members, which keeps the lookup finite.
  findMemberType(type, simple, seen) {
    if (seen.has(type)) return undefined;
    seen.add(type);
    const own = this.ownMemberType(type, simple);
    if (own) return own;
    for (const supertype of [type.superclass, ...type.interfaces]) {
      if (!supertype) continue;
      const resolved = this.types.get(this.resolve(supertype.name, type.outer ?? type, false));
      if (resolved) {
        const found = this.findMemberType(resolved, simple, seen);
        if (found && found !== resolved.fqn) return found;
      }
    }
    return undefined;
  }
  superclassOf(type) {
    return type.superclass ? this.resolve(type.superclass.name, type) : undefined;
  }
  interfacesOf(type) {
    return type.interfaces.map((i) => this.resolve(i.name, type));
  }
  isCollection(fqn, seen = new Set()) {
    if (JDK_COLLECTIONS.has(fqn)) return true;
    const type = this.types.get(fqn);
    if (!type || seen.has(fqn)) return false;
    seen.add(fqn);
    return [this.superclassOf(type), ...this.interfacesOf(type)].some((s) => s && this.isCollection(s, seen));
  }
  // Utils.isSimpleType: primitives, Class, QName, or anything PropertyEditorManager finds an
  // editor for (JDK registry, enums, a `<Type>Editor` class in the type's own package).
  isSimple(fqn) {
    if (PRIMITIVES.has(fqn) || JDK_TYPES_WITH_EDITOR.has(fqn) || JDK_ENUMS.has(fqn)) return true;
    if (LIBRARY_TYPES_WITH_EDITOR.has(fqn)) return true;
    if (this.types.get(fqn)?.kind === 'enum') return true;
    return this.types.has(`${fqn}Editor`);
  }
}

// ---------------------------------------------------------------------------------------------
// Element mapping (QdoxMappingLoader.loadElement) and XSD-equivalent classification.

function decapitaliseClassName(name) {
  return name.slice(0, 1).toLowerCase() + name.slice(1);
}

// java.beans.Introspector.decapitalize
function decapitaliseProperty(name) {
  if (name.length > 1 && name[0] === name[0].toUpperCase() && name[1] === name[1].toUpperCase()
    && /[A-Z]/.test(name[0]) && /[A-Z]/.test(name[1])) return name;
  return name.slice(0, 1).toLowerCase() + name.slice(1);
}

function isUpperCaseLetter(ch) {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// qdox JavaClass.getBeanProperties: per class, the last getter/setter of a name sets its type.
function beanProperties(type) {
  const properties = new Map();
  for (const method of type.methods) {
    if (method.isConstructor || method.isStatic) continue;
    let role;
    let propertyName;
    if (method.parameters.length === 0 && method.name.startsWith('is') && isUpperCaseLetter(method.name[2])) {
      role = 'accessor';
      propertyName = method.name.slice(2);
    } else if (method.parameters.length === 0 && method.name.startsWith('get') && isUpperCaseLetter(method.name[3])) {
      role = 'accessor';
      propertyName = method.name.slice(3);
    } else if (method.parameters.length === 1 && method.name.startsWith('set') && isUpperCaseLetter(method.name[3])) {
      role = 'mutator';
      propertyName = method.name.slice(3);
    } else continue;
    const name = decapitaliseProperty(propertyName);
    const property = properties.get(name) ?? { name, accessor: undefined, mutator: undefined, type: undefined };
    property[role] = method;
    property.type = role === 'accessor' ? method.returnType : method.parameters[0].type;
    properties.set(name, property);
  }
  return properties;
}

function propertyTag(property) {
  return findTag(property.accessor?.javadoc, PROPERTY_TAG) ?? findTag(property.mutator?.javadoc, PROPERTY_TAG);
}

class VocabularyBuilder {
  constructor(model) {
    this.model = model;
  }

  elementClasses() {
    const kept = [];
    for (const type of this.model.types.values()) {
      if (type.outer) continue; // QdoxMappingLoader only looks at a source's top-level classes
      const tag = findTag(type.javadoc, XBEAN_TAG);
      if (!tag || type.isAbstract) continue;
      let elementName = tag.params.element;
      if (elementName === undefined) {
        const simple = type.name.endsWith('FactoryBean') ? type.name.slice(0, -4) : type.name;
        elementName = decapitaliseClassName(simple);
      }
      kept.push({ type, elementName });
    }
    return kept;
  }

  // Superclass chain within the scanned sources (qdox getSuperJavaClass) plus, for
  // implementation lookups, every interface directly implemented along that chain.
  hierarchy(type) {
    const chain = [type];
    const superclasses = [];
    const interfaces = new Set(this.model.interfacesOf(type));
    for (let current = type; ;) {
      const superName = this.model.superclassOf(current);
      if (!superName || superName === 'java.lang.Object') break;
      superclasses.push(superName);
      const next = this.model.types.get(superName);
      if (!next || chain.includes(next)) break;
      chain.push(next);
      for (const i of this.model.interfacesOf(next)) interfaces.add(i);
      current = next;
    }
    return { chain, superclasses, interfaces };
  }

  attributeMappings(type, chain) {
    const byAttribute = new Map(); // attribute name -> mapping (first, i.e. most derived, wins)
    const byProperty = new Map();
    for (const level of chain) {
      for (const property of beanProperties(level).values()) {
        if (!property.mutator) continue;
        const mapping = this.loadAttribute(level, property);
        if (!mapping) continue;
        if (!byAttribute.has(mapping.attribute)) byAttribute.set(mapping.attribute, mapping);
        byProperty.set(mapping.property, mapping);
      }
    }
    // Public constructors with arguments contribute their parameters (QdoxMappingLoader.loadParameter).
    const ownProperties = beanProperties(type);
    for (const constructor of type.methods) {
      if (!constructor.isConstructor || !constructor.isPublic || constructor.parameters.length === 0) continue;
      for (const parameter of constructor.parameters) {
        if (byProperty.has(parameter.name)) continue;
        const property = ownProperties.get(parameter.name);
        const mapping = property
          ? this.loadAttribute(type, property)
          : { attribute: parameter.name, property: parameter.name, javaType: this.javaType(parameter.type, type, undefined) };
        if (!mapping) continue;
        if (!byAttribute.has(mapping.attribute)) byAttribute.set(mapping.attribute, mapping);
        byProperty.set(mapping.property, mapping);
      }
    }
    return [...byAttribute.values()];
  }

  loadAttribute(level, property) {
    const tag = propertyTag(property);
    if (tag?.params.hidden?.toLowerCase() === 'true') return undefined;
    return {
      attribute: tag?.params.alias ?? property.name,
      property: property.name,
      javaType: this.javaType(property.type, level, tag?.params.nestedType),
      propertyEditor: tag?.params.propertyEditor,
    };
  }

  // QdoxMappingLoader.toMappingType: arrays and Collections carry a nested (element) type.
  javaType(written, context, nestedType) {
    const fqn = this.model.resolve(written.name, context);
    if (written.dimensions > 0) return { fqn, collection: true, nested: fqn };
    if (this.model.isCollection(fqn)) return { fqn, collection: true, nested: nestedType ?? 'java.lang.Object' };
    return { fqn, collection: false };
  }

  build() {
    const kept = this.elementClasses().map(({ type, elementName }) => ({
      type, elementName, ...this.hierarchy(type),
    }));
    // Utils.findImplementationsOf: the class itself, a superclass, or an implemented interface.
    const implementationsOf = (fqn) => kept
      .filter((e) => e.type.fqn === fqn || e.superclasses.includes(fqn) || e.interfaces.has(fqn))
      .map((e) => e.elementName)
      .sort();
    const elements = {};
    for (const element of kept.sort((a, b) => compare(a.elementName, b.elementName))) {
      const attributes = {};
      const children = {};
      for (const mapping of this.attributeMappings(element.type, element.chain)) {
        const { javaType } = mapping;
        if (!javaType.collection && this.model.isSimple(javaType.fqn)) {
          attributes[mapping.attribute] = simpleAttributeType(javaType.fqn, mapping.propertyEditor);
          continue;
        }
        const allowed = implementationsOf(javaType.collection ? javaType.nested : javaType.fqn);
        children[mapping.attribute] = {
          multiple: javaType.collection || javaType.fqn === 'java.util.Map',
          allowed: allowed.length > 0 ? allowed : 'any',
        };
        // A single complex value can also be given as a bean reference attribute.
        if (!javaType.collection) attributes[mapping.attribute] = 'ref';
      }
      if (!('id' in attributes)) attributes.id = 'id';
      elements[element.elementName] = {
        class: element.type.fqn,
        attributes: sortKeys(attributes),
        children: sortKeys(children),
      };
    }
    return elements;
  }
}

// XSD type of a simple property; property editors make it xs:string in the XSD, but the editor
// still decides which strings the broker accepts, so it is recorded.
function simpleAttributeType(fqn, propertyEditor) {
  if (propertyEditor) {
    const editor = propertyEditor.split('.').pop();
    if (editor === 'MemoryPropertyEditor' || editor === 'MemoryIntPropertyEditor') return 'size';
    if (editor === 'BooleanEditor') return 'bool-editor';
    return 'string';
  }
  return BOXED_XSD_TYPES[fqn] ?? 'string';
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => compare(a, b)));
}

// ---------------------------------------------------------------------------------------------

export function generateVocabulary(source, { repo = 'apache/activemq', commit } = {}) {
  const config = readPluginConfig(source);
  const model = new TypeModel();
  for (const dir of config.sourceDirs) {
    for (const path of source.listJavaFiles(dir)) {
      const className = path.slice(dir.length + 1, -'.java'.length).split('/').join('.');
      if (config.excluded.has(className)) continue;
      const text = source.read(path);
      if (text === undefined) continue;
      try {
        model.add(new JavaReader(text).readCompilationUnit(), path);
      } catch (error) {
        throw new Error(`cannot read ${path}: ${error.message}`);
      }
    }
  }
  const elements = new VocabularyBuilder(model).build();
  return {
    source: { repo, commit: commit ?? source.commit() ?? null, version: config.version ?? null },
    namespace: NAMESPACE,
    elements,
  };
}

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${flag}`);
    options[flag.slice(2)] = argv[++i];
  }
  return options;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  let source;
  if (options['git-dir']) source = new GitSource(resolve(options['git-dir']), options.ref ?? 'HEAD');
  else if (options.source) source = new FolderSource(options.source);
  else {
    process.stderr.write('usage: generate-vocabulary.mjs (--source <checkout> [--commit <sha>] | --git-dir <dir> [--ref <ref>]) [--out <file>]\n');
    process.exit(2);
  }
  const out = resolve(options.out ?? join(repoRoot, 'server/src/data/vocabulary.json'));
  const vocabulary = generateVocabulary(source, { commit: options.commit });
  writeFileSync(out, JSON.stringify(vocabulary, null, 1) + '\n');
  const elements = Object.values(vocabulary.elements);
  const count = (pick) => elements.reduce((sum, e) => sum + Object.keys(pick(e)).length, 0);
  process.stdout.write(
    `${out}: ${elements.length} elements, ${count((e) => e.attributes)} attributes, ${count((e) => e.children)} children\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

// ERB, Jinja2 (Ansible) and Go (Helm) templates of a broker config, read as the XML they will render to. A pre-pass
// writes a text of the same length and the same line breaks, so every offset the parsers and rules compute is an
// offset into the template itself:
// - a template expression in an attribute value or in text becomes a `${…}}` placeholder (the rules already leave
//   `${` values alone; the closing `}}` keeps the credentials.properties lookup from ever matching it);
// - control tags (`{% … %}`, `<% … %>`, Go's `{{ if }}`/`{{ end }}`), comments (`{# #}`, `<%# %>`, `{{/* */}}`)
//   and expressions standing alone on their line where markup goes are blanked with spaces: they render markup or
//   nothing, which the linter cannot know;
// - inside an attribute value every template tag is a placeholder, since the value then depends on the template.
// Branches of one conditional (`if`/`elif`/`else`, `for`/`else`, `case`/`when`) never render together: they are
// recorded so that duplicate rules do not pair them, and when all branches together are not well-formed XML (an
// `if` choosing between two start tags) the text keeps only the first branch of each conditional.
import type { Span } from '../parser/xmlTree';
import { exclusiveBranches } from './templateBranches';

export type TemplateKind = 'ERB' | 'Jinja2' | 'Go';

export interface TemplateText {
  kind: TemplateKind;
  /** The first template tag. */
  first: Span;
  /** The text the XML parsers read: the template with its tags replaced, offsets and line breaks unchanged. */
  xml: string;
  /** The same with only the first branch of each conditional, for when all branches together are not XML. */
  firstBranches(): string;
  /** True when the two offsets lie in different branches of one conditional, so never in one rendering. */
  exclusive(a: number, b: number): boolean;
  /** The template tag at an offset, if any. */
  tagAt(offset: number): Span | undefined;
  /** True when an edit of this span would change a template tag (an insertion inside one included). */
  overlapsTag(span: Span): boolean;
}

type Role = 'expression' | 'control' | 'comment';
interface Tag {
  start: number;
  end: number;
  role: Role;
  /** The tag's code without delimiters and trim markers, for reading control words. */
  code: string;
}

/** The template a text is, or undefined for plain XML (Spring's `${…}` is not a template tag). */
export function readTemplate(text: string): TemplateText | undefined {
  const kind = templateKind(text);
  if (!kind) return undefined;
  const tags = findTags(text, kind);
  if (tags.length === 0) return undefined;
  const chains = conditionalChains(tags, kind);
  const xml = maskTags(text, tags);
  return {
    kind,
    first: { start: tags[0].start, end: tags[0].start + 2 },
    xml,
    firstBranches: () => blankLaterBranches(xml, chains),
    exclusive: exclusiveBranches(chains),
    tagAt: (offset) => tagAt(tags, offset),
    overlapsTag: (span) => tags.some((tag) => (span.start === span.end ? tag.start < span.start && span.start < tag.end : tag.start < span.end && tag.end > span.start)),
  };
}

function tagAt(tags: Tag[], offset: number): Span | undefined {
  let lo = 0;
  let hi = tags.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < tags[mid].start) hi = mid - 1;
    else if (offset >= tags[mid].end) lo = mid + 1;
    else return { start: tags[mid].start, end: tags[mid].end };
  }
  return undefined;
}

const GO_ACTION = /\{\{-?\s*(?:\.|\$|\/\*|(?:if|range|with|end|define|template|block|include)\b)/;

/** Whether the text holds an opening delimiter of any template language (readTemplate is undefined when not). */
export function hasTemplateDelimiter(text: string): boolean {
  return templateKind(text) !== undefined;
}

function templateKind(text: string): TemplateKind | undefined {
  if (/<%[^%]/.test(text)) return 'ERB';
  if (/\{%|\{#/.test(text)) return 'Jinja2';
  if (GO_ACTION.test(text)) return 'Go';
  if (/\{\{/.test(text)) return 'Jinja2';
  return undefined;
}

const DELIMITERS: Record<TemplateKind, { open: RegExp; close: Record<string, string> }> = {
  ERB: { open: /<%(?!%)/g, close: { '<%': '%>' } },
  Jinja2: { open: /\{\{|\{%|\{#/g, close: { '{{': '}}', '{%': '%}', '{#': '#}' } },
  Go: { open: /\{\{/g, close: { '{{': '}}' } },
};

function findTags(text: string, kind: TemplateKind): Tag[] {
  const { open, close } = DELIMITERS[kind];
  const tags: Tag[] = [];
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const closer = close[m[0]];
    const end = text.indexOf(closer, m.index + 2);
    // An unclosed tag is left as it is: the XML parsers then say where the template cannot be read.
    if (end < 0) break;
    const raw = text.slice(m.index + 2, end);
    tags.push({ start: m.index, end: end + closer.length, ...classify(kind, m[0], raw) });
    open.lastIndex = end + closer.length;
  }
  return tags;
}

const GO_CONTROL = /^(?:if|else|end|range|with|define|template|block|break|continue)\b|^\$?\w+\s*:?=/;

function classify(kind: TemplateKind, opener: string, raw: string): { role: Role; code: string } {
  const code = raw.replace(/^[-=+_#]*/, '').replace(/[-+_]$/, '').trim();
  if (kind === 'ERB') {
    if (raw.startsWith('#')) return { role: 'comment', code };
    return { role: raw.startsWith('=') ? 'expression' : 'control', code };
  }
  if (opener === '{#' || raw.replace(/^-?\s*/, '').startsWith('/*')) return { role: 'comment', code };
  if (opener === '{%') return { role: 'control', code };
  if (kind === 'Go' && GO_CONTROL.test(code)) return { role: 'control', code };
  return { role: 'expression', code };
}

/** The XML context of each tag: inside an attribute value, inside a tag's attributes, or in content. */
function maskTags(text: string, tags: Tag[]): string {
  const out: string[] = [];
  let position = 0;
  const context = xmlContexts(text, tags);
  tags.forEach((tag, i) => {
    out.push(text.slice(position, tag.start));
    const where = context[i];
    const placeholder = where === 'value' || (where === 'content' && tag.role === 'expression' && !aloneOnLine(text, tag));
    out.push(placeholder ? asPlaceholder(text, tag) : blank(text.slice(tag.start, tag.end)));
    position = tag.end;
  });
  out.push(text.slice(position));
  return out.join('');
}

type XmlContext = 'value' | 'tag' | 'content' | 'other';

/** Walks the XML around the template tags (skipping them) to say where each one stands. */
function xmlContexts(text: string, tags: Tag[]): XmlContext[] {
  const contexts: XmlContext[] = [];
  let state: 'content' | 'tag' | 'value' | 'other' = 'content';
  let quote = '';
  let otherEnd = '';
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (next < tags.length && i === tags[next].start) {
      contexts.push(state);
      i = tags[next++].end - 1;
      continue;
    }
    const c = text[i];
    if (state === 'content') {
      if (c !== '<') continue;
      if (text.startsWith('<!--', i)) [state, otherEnd] = ['other', '-->'];
      else if (text.startsWith('<![CDATA[', i)) [state, otherEnd] = ['other', ']]>'];
      else if (text.startsWith('<?', i)) [state, otherEnd] = ['other', '?>'];
      else state = 'tag';
    } else if (state === 'tag') {
      if (c === '"' || c === "'") [state, quote] = ['value', c];
      else if (c === '>') state = 'content';
    } else if (state === 'value') {
      if (c === quote) state = 'tag';
    } else if (text.startsWith(otherEnd, i)) {
      i += otherEnd.length - 1;
      state = 'content';
    }
  }
  while (contexts.length < tags.length) contexts.push(state);
  return contexts;
}

/** Only white space between the tag and the line breaks before and after it (read without copying the text). */
function aloneOnLine(text: string, tag: Tag): boolean {
  const blank = (c: string) => c === ' ' || c === '\t';
  let i = tag.start - 1;
  while (i >= 0 && blank(text[i])) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  let j = tag.end;
  while (j < text.length && blank(text[j])) j++;
  return j === text.length || text[j] === '\n' || text[j] === '\r';
}

/** `${…}}`, as long as the tag; only letters, digits, `_` and `.` of its code are kept, so that no XML, URI or list syntax sees into it. */
function asPlaceholder(text: string, tag: Tag): string {
  const inner = text.slice(tag.start + 2, tag.end - 2).replace(/[^A-Za-z0-9_.]/g, '_');
  return `\${${inner}}}`;
}

/** Spaces in place of every character but line breaks. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Each conditional's branches, from the first to the last, as spans of the text between its tags. */
function conditionalChains(tags: Tag[], kind: TemplateKind): Span[][] {
  const chains: Span[][] = [];
  const stack: { branches: Span[]; open: number }[] = [];
  for (const tag of tags) {
    if (tag.role !== 'control') continue;
    const action = controlAction(kind, tag.code);
    if (action === 'open') stack.push({ branches: [], open: tag.end });
    else if (action === 'branch' && stack.length) {
      const top = stack[stack.length - 1];
      top.branches.push({ start: top.open, end: tag.start });
      top.open = tag.end;
    } else if (action === 'close' && stack.length) {
      const top = stack.pop()!;
      if (top.branches.length) chains.push([...top.branches, { start: top.open, end: tag.start }]);
    }
  }
  return chains;
}

const JINJA_BLOCKS = /^(?:if|for|macro|call|filter|with|block|raw|autoescape|trans)\b|^set\b[^=]*$/;
const RUBY_BLOCKS = /^(?:if|unless|case|while|until|for|begin)\b|\bdo\s*(?:\|[^|]*\|)?$|\{\s*\|[^|]*\|$/;
const GO_BLOCKS = /^(?:if|range|with|define|block)\b/;

function controlAction(kind: TemplateKind, code: string): 'open' | 'branch' | 'close' | undefined {
  switch (kind) {
    case 'Jinja2':
      if (/^end\w+$/.test(code)) return 'close';
      if (/^(?:elif|else)\b/.test(code)) return 'branch';
      return JINJA_BLOCKS.test(code) ? 'open' : undefined;
    case 'ERB':
      if (/^(?:end|\})$/.test(code)) return 'close';
      if (/^(?:elsif|else|when|in)\b/.test(code)) return 'branch';
      return RUBY_BLOCKS.test(code) ? 'open' : undefined;
    case 'Go':
      if (/^end$/.test(code)) return 'close';
      if (/^else\b/.test(code)) return 'branch';
      return GO_BLOCKS.test(code) ? 'open' : undefined;
  }
}

function blankLaterBranches(xml: string, chains: Span[][]): string {
  const chars = xml.split('');
  for (const branches of chains) {
    for (const branch of branches.slice(1)) {
      for (let i = branch.start; i < branch.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}

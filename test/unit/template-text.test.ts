// The template pre-pass (model/template.ts): the XML it hands the parsers keeps every offset and line break of the
// template, and it knows which parts of a conditional are never rendered together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTemplate } from '../../server/src/model/template';

const at = (text: string, marker: string) => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, marker);
  return i;
};

test('the XML is as long as the template, with the same line breaks, and keeps every character outside template tags', () => {
  const text = '<a x="<%= @x %>">\r\n<% if y -%>\n  <b/>\n<% end -%>\n  <c>{{ z }} and text</c>\n</a>';
  const xml = readTemplate(text)!.xml;
  assert.equal(xml.length, text.length);
  assert.deepEqual([...xml.matchAll(/\r\n|\n/g)].map((m) => m.index), [...text.matchAll(/\r\n|\n/g)].map((m) => m.index));
  assert.equal(xml.slice(0, 5), '<a x=');
  assert.match(xml, /^<a x="\$\{[A-Za-z0-9_.]+\}\}">/);
  assert.ok(!/<%|%>/.test(xml), 'no ERB tag is left');
});

test('the kind of template: ERB, Jinja2, Go; none for Spring placeholders or plain XML', () => {
  assert.equal(readTemplate('<a x="<%= y %>"/>')?.kind, 'ERB');
  assert.equal(readTemplate('<a>{% if y %}<b/>{% endif %}</a>')?.kind, 'Jinja2');
  assert.equal(readTemplate('<a x="{{ y }}"/>')?.kind, 'Jinja2');
  assert.equal(readTemplate('<a x="{{ .Values.y }}"/>')?.kind, 'Go');
  assert.equal(readTemplate('<a>{{- if .Values.y }}<b/>{{- end }}</a>')?.kind, 'Go');
  assert.equal(readTemplate('<a x="${y}" z="#{1+1}" w="%n%"/>'), undefined);
  assert.equal(readTemplate('<a>100%</a>'), undefined);
});

test('branches of one conditional are exclusive; a branch and the text around the conditional are not', () => {
  const cases: [string, string, string, string][] = [
    ['Jinja2 if/elif/else', '{% if a %}A{% elif b %}B{% else %}C{% endif %}D', 'A', 'C'],
    ['Jinja2 for/else', '{% for u in us %}A{% else %}B{% endfor %}D', 'A', 'B'],
    ['ERB if/elsif/else', '<% if a -%>A<% elsif b -%>B<% else -%>C<% end -%>D', 'A', 'B'],
    ['ERB unless/else', '<%- unless a -%>A<%- else -%>B<%- end -%>D', 'A', 'B'],
    ['ERB case/when', '<% case x %><% when 1 %>A<% when 2 %>B<% end %>D', 'A', 'B'],
    ['ERB if( ) then', '<% if( a ) then -%>A<% else -%>B<% end -%>D', 'A', 'B'],
    ['Go if/else if/else', '{{- if .a }}A{{ else if .b }}B{{ else }}C{{ end }}D', 'B', 'C'],
  ];
  for (const [name, body, first, second] of cases) {
    const text = `<r>${body}</r>`;
    const template = readTemplate(text)!;
    assert.ok(template.exclusive(at(text, first), at(text, second)), `${name}: ${first} and ${second}`);
    assert.ok(!template.exclusive(at(text, first), at(text, 'D')), `${name}: a branch and what follows`);
    assert.ok(!template.exclusive(at(text, first), at(text, first)), `${name}: a branch and itself`);
  }
});

test('nested blocks: a loop inside a branch keeps the branch, an `end` closes the innermost block', () => {
  const text = '<r><% if a %><% xs.each do |x| %>A<% end %>B<% else %>C<% end %></r>';
  const template = readTemplate(text)!;
  assert.ok(template.exclusive(at(text, 'A'), at(text, 'C')));
  assert.ok(template.exclusive(at(text, 'B'), at(text, 'C')));
  assert.ok(!template.exclusive(at(text, 'A'), at(text, 'B')));
});

test('the first-branch text blanks the later branches only, keeping offsets', () => {
  const text = '<r>{% if a %}<b x="1">{% else %}<b x="2">{% endif %}</b></r>';
  const { firstBranches } = readTemplate(text)!;
  const xml = firstBranches();
  assert.equal(xml.length, text.length);
  assert.equal(xml.replace(/ +/g, ' '), '<r> <b x="1"> </b></r>');
});

test('where a template tag stands decides what it becomes: a value placeholder, nothing, or text', () => {
  const text = '<r a="{{ v }}" {{ attrs }}>\n  {{ markup }}\n  <t>id-{{ n }}</t><!-- {{ c }} --></r>';
  const xml = readTemplate(text)!.xml;
  assert.equal(xml.slice(at(text, '{{ v }}'), at(text, '{{ v }}') + 7), '${_v_}}');
  assert.equal(xml.slice(at(text, '{{ attrs }}'), at(text, '{{ attrs }}') + 11).trim(), '', 'attributes a tag would get');
  assert.equal(xml.slice(at(text, '{{ markup }}'), at(text, '{{ markup }}') + 12).trim(), '', 'alone on its line: markup');
  assert.equal(xml.slice(at(text, '{{ n }}'), at(text, '{{ n }}') + 7), '${_n_}}', 'inline text');
  assert.equal(xml.slice(at(text, '{{ c }}'), at(text, '{{ c }}') + 7).trim(), '', 'in a comment');
});

test('an unclosed template tag is left as it is, so the XML parsers say where the template cannot be read', () => {
  const text = '<r a="<%= x %>"><% if y </r>';
  const xml = readTemplate(text)!.xml;
  assert.ok(xml.endsWith('<% if y </r>'));
});

test('nested conditionals: inner branches exclude each other and the outer else; the outer branch holds both', () => {
  const text = '<r>{% if a %}{% if b %}A{% else %}B{% endif %}C{% else %}D{% endif %}E</r>';
  const { exclusive } = readTemplate(text)!;
  const pairs: [string, string, boolean][] = [['A', 'B', true], ['A', 'D', true], ['B', 'D', true], ['C', 'D', true], ['A', 'C', false], ['B', 'C', false], ['A', 'E', false], ['D', 'E', false]];
  for (const [x, y, expected] of pairs) {
    assert.equal(exclusive(at(text, x), at(text, y)), expected, `${x} ${y}`);
    assert.equal(exclusive(at(text, y), at(text, x)), expected, `${y} ${x}`);
  }
});

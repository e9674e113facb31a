// The transport URI parser: exact offsets of scheme, host, port and options; composite lists; placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allUris, parseTransportUri } from '../../../server/src/transport';

const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

test('simple URI: scheme, host, port and each option name and value at their offsets', () => {
  const text = 'tcp://0.0.0.0:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600';
  const uri = parseTransportUri(text);
  assert.equal(at(text, uri.scheme!.span), 'tcp');
  assert.equal(at(text, uri.host!.span), '0.0.0.0');
  assert.equal(at(text, uri.port!.span), '61616');
  assert.deepEqual(uri.options.map((o) => [at(text, o.name.span), at(text, o.value!.span)]), [['maximumConnections', '1000'], ['wireFormat.maxFrameSize', '104857600']]);
  assert.deepEqual(uri.problems, []);
});

test('composite (URISupport.parseComposite): parts inside the parentheses, options after them belong to the outer URI', () => {
  const text = 'failover:(tcp://a:61616, ssl://b:61617?keepAlive=true)?timeout=3000';
  const uri = parseTransportUri(text);
  assert.equal(uri.composite!.parts.length, 2);
  const [a, b] = uri.composite!.parts;
  assert.equal(at(text, a.span), 'tcp://a:61616');
  assert.equal(at(text, b.host!.span), 'b');
  assert.equal(at(text, b.options[0].name.span), 'keepAlive');
  assert.deepEqual(uri.options.map((o) => o.name.text), ['timeout']);
  assert.equal(allUris(uri).length, 3);
});

test('failover:// with slashes reads like failover:, and nested composites stay whole', () => {
  const uri = parseTransportUri('static://(failover:(tcp://a:1,tcp://b:2))');
  assert.equal(uri.composite!.parts.length, 1);
  assert.equal(uri.composite!.parts[0].composite!.parts.length, 2);
});

test('without parentheses the list is split on commas and the query stays with the last URI', () => {
  const text = 'failover:tcp://a:61616,tcp://b:61616?timeout=3000';
  const uri = parseTransportUri(text);
  assert.equal(uri.composite!.parenthesised, false);
  assert.deepEqual(uri.options, []);
  assert.equal(uri.composite!.parts[1].options[0].name.text, 'timeout');
});

test('unbalanced parentheses and empty lists are syntax problems at the offending character', () => {
  const open = 'failover:(tcp://a:61616?timeout=1';
  assert.equal(at(open, parseTransportUri(open).problems[0].span), '(');
  assert.match(parseTransportUri(open).problems[0].message, /Not a matching number of '\(' and '\)'/);
  const stray = 'static:(tcp://a:61616))';
  assert.equal(parseTransportUri(stray).problems[0].span.start, stray.length - 1);
  const empty = 'static:()';
  assert.match(parseTransportUri(empty).problems[0].message, /empty/);
});

test('placeholders are accepted anywhere: in host, port and the whole URI', () => {
  assert.deepEqual(parseTransportUri('${broker.url}').problems, []);
  const text = 'tcp://${host}:${port}?maximumConnections=${max}';
  const uri = parseTransportUri(text);
  assert.equal(at(text, uri.host!.span), '${host}');
  assert.equal(at(text, uri.port!.span), '${port}');
  assert.equal(uri.options[0].value!.text, '${max}');
});

test('IPv6 hosts keep their brackets, and the port follows them', () => {
  const uri = parseTransportUri('tcp://[::1]:61616');
  assert.equal(uri.host!.text, '[::1]');
  assert.equal(uri.port!.text, '61616');
});

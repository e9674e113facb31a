// tls-protocols: valid and invalid cases through the facade, then the cases that check one behaviour at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findings } from '../../helpers';
import { connectors } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('tls-protocols', {
  valid: [connectors('ssl://0.0.0.0:61617?transport.enabledProtocols=TLSv1.2,TLSv1.3')],
  invalid: [
    {
      text: connectors('ssl://0.0.0.0:61617?transport.enabledProtocols=[[SSLv3]],TLSv1.2'),
      expect: [{ message: /SSLv3 is retired \(RFC 7568\)/, severity: 'warning', fix: { title: 'Keep only TLSv1.2', output: /transport\.enabledProtocols=TLSv1\.2"/ } }],
    },
  ],
});

test('tls-protocols: each retired protocol and weak suite where it stands; the fix keeps the rest of the list', () => {
  const text = connectors(
    'ssl://0.0.0.0:61617?transport.enabledProtocols=SSLv3, TLSv1,TLSv1.2&amp;transport.enabledCipherSuites=TLS_RSA_WITH_RC4_128_SHA,TLS_AES_128_GCM_SHA256',
    'nio+ssl://0.0.0.0:61618?transport.enabledProtocols=TLSv1.1',
  );
  const found = findings(text, 'tls-protocols');
  assert.deepEqual(found.map((f) => f.text), ['SSLv3', 'TLSv1', 'TLS_RSA_WITH_RC4_128_SHA', 'TLSv1.1']);
  assert.match(found[0].message, /RFC 7568/);
  assert.match(found[1].message, /RFC 8996/);
  assert.match(found[2].message, /no real protection/);
  assert.match(applyFix(text, found[0]), /transport\.enabledProtocols=TLSv1\.2&amp;transport\.enabledCipherSuites=TLS_RSA_WITH_RC4_128_SHA,/);
  assert.match(applyFix(text, found[2]), /transport\.enabledCipherSuites=TLS_AES_128_GCM_SHA256"/);
  assert.throws(() => applyFix(text, found[3]), /no fix/, 'nothing would be left of that list: no fix');
});

test('tls-protocols near misses: TLS 1.2 and 1.3, a plain-text connector (insecure-transport\'s), placeholders, an option without transport.', () => {
  const text = connectors(
    'ssl://0.0.0.0:61617?transport.enabledProtocols=TLSv1.2,TLSv1.3&amp;transport.enabledCipherSuites=TLS_AES_256_GCM_SHA384',
    'tcp://0.0.0.0:61616?transport.enabledProtocols=TLSv1',
    'ssl://0.0.0.0:61619?transport.enabledProtocols=${tls.protocols}',
    // Without transport. the option reaches no socket (transport-uri says so): it enables nothing.
    'ssl://0.0.0.0:61620?enabledProtocols=TLSv1',
  );
  assert.deepEqual(findings(text, 'tls-protocols').map((f) => f.text), []);
});

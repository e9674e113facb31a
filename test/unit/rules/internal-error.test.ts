// internal-error: a rule that throws is a finding naming it, never a silently shorter list. Through the facade a
// rule can be made to throw by the file access it is given: one whose reads fail with an exception (as a broken
// disk or a bug in a file-access layer would) makes the rules that read side files fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileAccess } from '../../../server/src/base/files';
import { getLanguageService } from '../../../server/src/service/languageService';
import { brokerConfig } from '../../helpers';
import { ruleTester } from './ruleTester';

const JAAS = brokerConfig('    <plugins><jaasAuthenticationPlugin/></plugins>');
const fail = (): never => {
  throw new Error('disk on fire');
};
/** Every read and lookup throws: the rules that look for side files (login.config, groups, users, key stores) fail. */
const FAILING_FILES: FileAccess = { folder: '/config', root: '/config', read: fail, find: fail };

test('internal-error: each failed rule once, the others still report, and its severity can be set', () => {
  const service = getLanguageService();
  const doc = service.parse(JAAS, 'file:///config/activemq.xml');
  const diagnostics = service.validate(doc, undefined, FAILING_FILES);
  const failed = diagnostics.filter((d) => d.code === 'internal-error').map((d) => String(d.message).match(/^The rule (\S+) failed/)?.[1]);
  assert.ok(failed.includes('jaas-configuration'), failed.join(', '));
  assert.equal(new Set(failed).size, failed.length, 'each failed rule once');
  assert.ok(diagnostics.some((d) => d.code === 'no-authorization'), 'the other rules still report');
  const warned = service.validate(service.parse(JAAS, 'file:///config/other.xml'), { rules: { 'internal-error': 'warning' } }, FAILING_FILES);
  assert.ok(warned.filter((d) => d.code === 'internal-error').every((d) => d.severity === 2));
  assert.deepEqual(service.validate(doc, { rules: { 'internal-error': 'off' } }, FAILING_FILES).filter((d) => d.code === 'internal-error'), []);
});

ruleTester('internal-error', {
  valid: [{ name: 'side files read as usual', text: JAAS, files: { 'login.config': 'activemq { x required; };' } }],
  invalid: [
    {
      name: 'each rule that fails is named once, on the broker name (in the order of their messages)',
      text: JAAS,
      files: FAILING_FILES,
      expect: ['group-without-members', 'jaas-configuration', 'ssl-context', 'weak-password'].map((rule) => ({
        text: 'broker',
        message: new RegExp(`^The rule ${rule} failed on this file \\(disk on fire\\), so its findings are missing\\. This is a bug in activemq-xml`),
        severity: 'error' as const,
      })),
    },
  ],
});

// file-not-read: each side file a rule asked for and did not get is named once, with the reason and the rules that
// went without it; a file that is simply not there is not; an untrusted workspace gives one finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileAccess, FileRefusal } from '../../../server/src/base/files';
import { brokerConfig, findings, lint } from '../../helpers';
import { ruleTester } from './ruleTester';

const JAAS = brokerConfig(`    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`);
const LOGIN = 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="/etc/activemq/groups.properties";\n};\n';

/** login.config beside the config; the groups file it names refused as outside; everything else missing. */
function access(disabled?: string): FileAccess {
  const refuse = (path: string, reason: string, missing: boolean): FileRefusal => ({ ok: false, path, reason: disabled ?? reason, missing: disabled ? false : missing });
  return {
    folder: '/repo/conf',
    root: '/repo',
    disabled,
    read: (path) => {
      if (!disabled && path === 'login.config') return { ok: true, path, text: LOGIN };
      if (path.startsWith('/etc/')) return refuse(path, 'outside the project (/repo); use --allow-outside DIR to read it', false);
      return refuse(path, 'no such file', true);
    },
    find: (path) => refuse(path, 'no such file', true),
  };
}

test('a refused groups file is named once, with the reason and the rules that needed it; missing files are not named', () => {
  const reported = findings(JAAS, 'file-not-read', undefined, access());
  assert.deepEqual(reported.map((r) => [r.text, r.message]), [[
    'broker',
    '/etc/activemq/groups.properties was not read: outside the project (/repo); use --allow-outside DIR to read it. Not checked for want of it: group-without-members.',
  ]]);
  assert.equal(reported[0].severity, 'info');
});

test('an untrusted workspace: one finding, whatever the rules looked for', () => {
  const reported = findings(JAAS, 'file-not-read', undefined, access('the workspace is not trusted'));
  assert.equal(reported.length, 1);
  assert.match(reported[0].message, /^The files beside this config were not read: the workspace is not trusted\. Not checked for want of it: .*jaas-configuration/);
});

test('turned off, it says nothing', () => {
  const { reported } = lint(JAAS, { rules: { 'file-not-read': 'off' } }, access());
  assert.ok(!reported.some((r) => r.rule === 'file-not-read'));
});

ruleTester('file-not-read', {
  valid: [{ name: 'nothing refused', text: JAAS, files: { 'login.config': 'activemq { x required; };' } }],
  invalid: [
    { name: 'an untrusted workspace', text: JAAS.replace('<broker ', '<[[broker]] '), files: access('the workspace is not trusted'), expect: [{ message: /^The files beside this config were not read: the workspace is not trusted\. Not checked for want of it: .*jaas-configuration/ }] },
  ],
});

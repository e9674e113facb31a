// With JAAS, a group is declared in the groups.properties that login.config names: go to definition lands on its
// key there, references include it, and rename changes it there too (or refuses a name that file cannot hold).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filesFromMap } from '../../../server/src/base/files';
import { brokerConfig } from '../../helpers';
import { at, refusalOf, renameEdits, service } from './cursor';

const LOGIN_CONFIG = 'activemq {\n  org.apache.activemq.jaas.PropertiesLoginModule required\n    org.apache.activemq.jaas.properties.user="users.properties"\n    org.apache.activemq.jaas.properties.group="groups.properties";\n};\n';
const GROUPS = '# who is in which group\nadmins=admin\nusers=admin,app\n';
const files = filesFromMap({ 'login.config': LOGIN_CONFIG, 'groups.properties': GROUPS }, '/opt/activemq/conf');
const GROUPS_URI = 'file:///opt/activemq/conf/groups.properties';

const config = (entry: string) => brokerConfig(`    <plugins>
      <jaasAuthenticationPlugin configuration="activemq"/>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        ${entry}
        <authorizationEntry topic="ActiveMQ.Advisory.>" read="users,admins" write="users,admins" admin="users,admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>`);

test('go to definition from a granted group lands on its key in groups.properties', () => {
  const { context, position } = at(config('<authorizationEntry queue=">" read="us|ers"/>'), files);
  assert.deepEqual(service.definition(context, position), [{ uri: GROUPS_URI, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } }]);
});

test('references with the declaration include the groups.properties key; without it, only the grants', () => {
  const { context, position } = at(config('<authorizationEntry queue=">" read="adm|ins"/>'), files);
  const withDeclaration = service.references(context, position, true);
  assert.equal(withDeclaration.filter((l) => l.uri === GROUPS_URI).length, 1);
  assert.equal(withDeclaration.filter((l) => l.uri === context.doc.uri).length, 4);
  assert.ok(service.references(context, position, false).every((l) => l.uri === context.doc.uri));
});

test('rename changes the group in activemq.xml and its key in groups.properties, so the two still meet', () => {
  const { context, position } = at(config('<authorizationEntry queue=">" read="adm|ins"/>'), files);
  const result = service.rename(context, position, 'operators');
  assert.deepEqual(renameEdits(result, GROUPS_URI), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, newText: 'operators' }]);
  assert.equal(renameEdits(result, context.doc.uri).length, 4);
  assert.match(refusalOf(service.rename(context, position, 'ops team')) ?? '', /cannot be a key of groups\.properties/);
  assert.match(refusalOf(service.rename(context, position, 'ops=team')) ?? '', /cannot be a key of groups\.properties/);
});

test('a group groups.properties does not define: references and rename stay in activemq.xml', () => {
  const { context, position } = at(config('<authorizationEntry queue=">" read="oper|ators"/>'), files);
  assert.deepEqual(service.definition(context, position), []);
  const result = service.rename(context, position, 'ops');
  assert.deepEqual(Object.keys(renameEdits(result, context.doc.uri) && (result as { changes: object }).changes), [context.doc.uri]);
});

test('hover over a JAAS group lists its members from groups.properties', () => {
  const { context, position } = at(config('<authorizationEntry queue=">" read="us|ers"/>'), files);
  const hover = service.hover(context, position);
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(value, /Members: `admin`, `app` \(in groups\.properties\)/);
});

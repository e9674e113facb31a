// Templates of a broker config (ERB, Jinja2/Ansible, Go/Helm) are linted where their markup reads as XML: template
// expressions are placeholders the rules leave alone, control tags are invisible, and every finding is placed in
// the template itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, lint, NS } from '../helpers';
import { hoverText } from './features/cursor';
import { getLanguageService } from '../../server/src/service/languageService';

/** A broker config whose plugins and connectors are given; the root is Spring's beans, as in real templates. */
function config(plugins: string, connectors: string): string {
  return `<beans xmlns="http://www.springframework.org/schema/beans">
  <broker xmlns="${NS}" brokerName="broker">
    <plugins>
      <simpleAuthenticationPlugin>
        <users>
${plugins}
        </users>
      </simpleAuthenticationPlugin>
      <authorizationPlugin><map><authorizationMap><authorizationEntries>
        <authorizationEntry queue=">" read="admins" write="admins" admin="admins"/>
        <authorizationEntry topic=">" read="admins" write="admins" admin="admins"/>
      </authorizationEntries></authorizationMap></map></authorizationPlugin>
    </plugins>
    <transportConnectors>
${connectors}
    </transportConnectors>
  </broker>
</beans>
`;
}

const rulesOf = (text: string) => lint(text).reported.map((r) => `${r.rule} ${r.text}`);

test('ERB: literal admin/admin, plain stomp:// beside stomp+ssl and TLSv1 are found, placed in the template', () => {
  const text = config(
    `<% if @admin_enabled -%>
          <authenticationUser username="admin" password="admin" groups="admins"/>
<% end -%>
          <authenticationUser username="<%= @mq_user %>" password="<%= @mq_password %>" groups="admins"/>`,
    `      <transportConnector name="stomp" uri="stomp://0.0.0.0:61613"/>
      <transportConnector name="stomp+ssl" uri="stomp+ssl://<%= @host %>:61614?transport.enabledProtocols=TLSv1"/>`,
  );
  const { reported } = lint(text);
  const weak = reported.filter((r) => r.rule === 'weak-password');
  assert.deepEqual(weak.map((r) => [r.text, r.line]), [['admin', 6]], 'the literal admin/admin user; the ERB password is not judged');
  assert.ok(reported.some((r) => r.rule === 'insecure-transport' && r.text === 'stomp' && r.line === 17), 'plain stomp:// beside stomp+ssl');
  assert.deepEqual(reported.filter((r) => r.rule === 'tls-protocols').map((r) => r.text), ['TLSv1']);
  assert.ok(!reported.some((r) => r.rule === 'xml-syntax'), 'the template reads as XML');
  assert.ok(!reported.some((r) => /<%|\$\{_/.test(r.text) && r.rule !== 'plaintext-password'), `no rule judges an ERB value: ${JSON.stringify(reported.map((r) => [r.rule, r.text]))}`);
  assert.ok(!reported.some((r) => r.rule === 'plaintext-password' && r.text.includes('<%')), 'an ERB password is not a plaintext one');
});

test('Jinja2/Ansible: {{ }} values are placeholders, {% %} lines and {# #} comments invisible', () => {
  const text = config(
    `{# the admin user comes from the inventory #}
{% for user in activemq_users %}
          <authenticationUser username="{{ user.name }}" password="{{ user.password }}" groups="{{ user.groups | join(',') }}"/>
{% endfor %}
          <authenticationUser username="system" password="{{ amq_password }}" groups="admins"/>
          <authenticationUser username="guest" password="guest" groups="admins"/>`,
    `      <transportConnector name="openwire" uri="ssl://{{ host }}:{{ port }}?maximumConnections=1000&amp;wireFormat.maxFrameSize=104857600"/>`,
  );
  const reported = rulesOf(text);
  assert.deepEqual(reported.filter((r) => r.startsWith('weak-password')), ['weak-password guest'], 'only the literal guest/guest');
  assert.ok(!reported.some((r) => r.includes('{{') || r.includes('{%')), `no finding on a template value: ${reported.join('; ')}`);
  assert.ok(!reported.some((r) => /^(transport-uri|list-syntax|duplicate-user|unused-group|group-without-members|advisory-access) /.test(r)), reported.join('; '));
});

test('Go/Helm: {{- if }} … {{ end }} actions are invisible, {{ .Values.x }} values are placeholders', () => {
  const text = config(
    `{{- if .Values.guest.enabled }}
          <authenticationUser username="guest" password="password" groups="admins"/>
{{- end }}
          <authenticationUser username="{{ .Values.admin.user }}" password="{{ .Values.admin.password | quote }}" groups="admins"/>`,
    `      <transportConnector name="openwire" uri="tcp://0.0.0.0:{{ .Values.port }}"/>`,
  );
  const { reported, doc } = lint(text);
  assert.equal(doc.template?.kind, 'Go');
  assert.deepEqual(reported.filter((r) => r.rule === 'weak-password').map((r) => r.text), ['password']);
  assert.ok(reported.some((r) => r.rule === 'insecure-transport' && r.text === 'tcp'), 'tcp:// with users is plain text whatever the port');
  assert.ok(!reported.some((r) => r.text.includes('.Values') && r.rule !== 'insecure-transport' && r.rule !== 'connector-limits'), JSON.stringify(reported.map((r) => [r.rule, r.text])));
});

test('a user or connector in both branches of one conditional is no duplicate; twice in one branch it is', () => {
  const branches = config(
    `{% if ldap %}
          <authenticationUser username="app" password="{{ a }}" groups="admins"/>
{% else %}
          <authenticationUser username="app" password="{{ b }}" groups="admins"/>
{% endif %}`,
    `{% if tls %}
      <transportConnector name="openwire" uri="ssl://0.0.0.0:61616"/>
{% else %}
      <transportConnector name="openwire" uri="tcp://127.0.0.1:61616"/>
{% endif %}`,
  );
  assert.deepEqual(findings(branches, 'duplicate-user'), []);
  assert.deepEqual(findings(branches, 'duplicate-connector'), []);
  const twice = config(
    `{% if ldap %}
          <authenticationUser username="app" password="{{ a }}" groups="admins"/>
          <authenticationUser username="app" password="{{ b }}" groups="admins"/>
{% endif %}
          <authenticationUser username="ops" password="{{ c }}" groups="admins"/>`,
    `      <transportConnector name="openwire" uri="ssl://0.0.0.0:61616"/>
{% if tls %}
      <transportConnector name="openwire" uri="tcp://127.0.0.1:61616"/>
{% endif %}`,
  );
  assert.deepEqual(findings(twice, 'duplicate-user').map((r) => r.line), [6], 'the first of two users in one branch');
  assert.deepEqual(findings(twice, 'duplicate-connector').map((r) => r.text), ['openwire', '61616'], 'a branch is rendered with what surrounds it');
});

test('an ERB if/else choosing between two start tags is read through its first branch', () => {
  const text = `<beans xmlns="http://www.springframework.org/schema/beans">
<% if @old -%>
  <broker xmlns="${NS}" brokerName="<%= @name %>">
<% else -%>
  <broker xmlns="${NS}" brokerName="<%= @name %>" dataDirectory="\${activemq.data}">
<% end -%>
    <plugins>
      <simpleAuthenticationPlugin>
        <users><authenticationUser username="mcollective" password="marionette" groups="admins"/></users>
      </simpleAuthenticationPlugin>
    </plugins>
  </broker>
</beans>
`;
  const { reported, doc } = lint(text);
  assert.equal(doc.template?.unreadable, undefined);
  assert.ok(doc.model.broker, 'the broker is found');
  assert.deepEqual(reported.filter((r) => r.rule === 'weak-password').map((r) => [r.text, r.line]), [['marionette', 8]]);
});

test('where the markup cannot be read as XML, one info says where and nothing else is reported', () => {
  const text = config(`          <<%= @user_tag %> username="admin" password="admin"/>`, '');
  const { reported } = lint(text);
  assert.equal(reported.length, 1, JSON.stringify(reported.map((r) => [r.rule, r.message])));
  assert.equal(reported[0].rule, 'xml-syntax');
  assert.equal(reported[0].severity, 'info');
  assert.equal(reported[0].line, 5, 'placed where the template stops being XML');
  assert.match(reported[0].message, /^This ERB template cannot be read as XML here once its template tags are set aside \(.+\); render it and lint the result\.$/);
});

test('an expression alone on its line renders markup and is invisible; inline in text it is a value', () => {
  const text = config(
    `<%= render_users(@users) %>
          <authenticationUser username="ops" password="<%= @ops_password %>" groups="admins"/>`,
    `      <transportConnector name="openwire" uri="tcp://127.0.0.1:61616"/>`,
  ).replace('<beans xmlns="http://www.springframework.org/schema/beans">', `<beans xmlns="http://www.springframework.org/schema/beans">
  <bean class="x"><property name="password"><value><%= @jmx_password %></value></property></bean>`);
  const { reported, doc } = lint(text);
  assert.equal(doc.template?.unreadable, undefined);
  assert.deepEqual(reported.filter((r) => r.severity === 'error' || r.severity === 'warning').map((r) => [r.rule, r.text]), []);
});

test('positions stay exact with CRLF line ends and text before the template tags', () => {
  const text = config(
    `<% if @x %>
          <authenticationUser username="admin" password="admin" groups="admins"/>
<% end %>`,
    '',
  ).replace(/\n/g, '\r\n');
  const weak = findings(text, 'weak-password');
  assert.deepEqual(weak.map((r) => [r.text, r.line]), [['admin', 6]]);
});

test('Spring ${...} alone is no template; a file with no template tag is read as it is', () => {
  const { doc } = lint(config('          <authenticationUser username="a" password="${a.password}" groups="admins"/>', ''));
  assert.equal(doc.template, undefined);
});

test('hover over a template expression in a value says it is known once rendered, not where Spring finds it', () => {
  const text = hoverText(config('          <authenticationUser username="app" password="{{ app_pa|ssword }}" groups="admins"/>', ''));
  assert.equal(text, 'A Jinja2 template expression: its value is known only once the template is rendered, so no rule judges it.');
  assert.match(hoverText(config('          <authenticationUser username="app" password="${app|.password}" groups="admins"/>', '')), /credentials\.properties|Spring/);
});

test('a fix that would rewrite a template expression is not offered; the same fix on a literal list is', () => {
  const service = getLanguageService();
  const fixTitles = (text: string) => {
    const doc = service.parse(text, 'file:///config/activemq.xml.j2');
    const context = service.context(doc);
    const diagnostics = service.validate(doc);
    return service.codeActions(context, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics).map((a) => a.title);
  };
  const entry = (groups: string) => config('          <authenticationUser username="app" password="{{ p }}" groups="users"/>', '').replace(
    '<authorizationEntry topic=">"',
    `<authorizationEntry queue="APP.>" read="${groups}"/>\n        <authorizationEntry topic=">"`,
  );
  assert.ok(fixTitles(entry('users admins')).some((t) => /^Write the list as/.test(t)), 'the list fix where the list is literal');
  const withExpression = entry('users {{ extra_group }}');
  assert.ok(findings(withExpression, 'list-syntax').length > 0, 'the list is still reported');
  assert.ok(!fixTitles(withExpression).some((t) => /^Write the list as/.test(t)), 'but not rewritten over the template expression');
});

test('a placeholder group decides nothing: entries granting one silence group checks, users in one are not judged', () => {
  const users = `          <authenticationUser username="app" password="{{ p }}" groups="users"/>
          <authenticationUser username="ops" password="{{ q }}" groups="{{ ops_groups | join(',') }}"/>`;
  const literalEntries = config(users, '');
  const advisory = findings(literalEntries, 'advisory-access');
  assert.equal(advisory.length, 1, 'app (users) lacks the advisory topics');
  assert.match(advisory[0].message, /`app \(users\)`/);
  assert.doesNotMatch(advisory[0].message, /ops/, 'ops is in groups the template decides');
  const grantedToPlaceholder = literalEntries.replace('read="admins" write="admins" admin="admins"/>\n        <authorizationEntry topic', 'read="{{ g }}" write="admins" admin="admins"/>\n        <authorizationEntry topic');
  assert.deepEqual(findings(grantedToPlaceholder, 'advisory-access'), [], 'an entry granting a placeholder may reach anybody');
  assert.deepEqual(findings(grantedToPlaceholder, 'unused-group'), [], 'users may be granted through the placeholder');
  assert.deepEqual(findings(literalEntries, 'group-without-members'), [], 'admins may be among the ops groups');
});

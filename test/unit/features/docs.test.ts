// Hover docs on element and attribute names across the security plugins, connectors and sslContext.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverText } from './cursor';
import { brokerConfig, securedBroker } from '../../helpers';

const BROKER = brokerConfig(`    <sslContext>
      <sslContext keyStore="broker.ks" keyStorePassword="\${ks}" trustStoreType="pkcs12"/>
    </sslContext>
    <networkConnectors>
      <networkConnector name="to-b" uri="static:(ssl://b:61617)" userName="bridge" password="\${bp}" duplex="true"/>
    </networkConnectors>
    <plugins>
      <jaasDualAuthenticationPlugin configuration="activemq" sslConfiguration="activemq-ssl"/>
      <authorizationPlugin>
        <map>
          <cachedLDAPAuthorizationMap connectionURL="ldap://ldap:389"/>
        </map>
      </authorizationPlugin>
    </plugins>`);

/** Hover text with the cursor just inside the first occurrence of `where`. */
function hoverOn(where: string): string {
  return hoverText(BROKER.replace(where, `${where.slice(0, 2)}|${where.slice(2)}`));
}

test('attribute docs say what ActiveMQ does with the value', () => {
  assert.match(hoverOn('trustStoreType'), /\*\*trustStoreType\*\* \(on `sslContext`\)\n\njks by default/);
  assert.match(hoverOn('keyStorePassword'), /key store password/);
  assert.match(hoverOn('userName='), /unless remoteUserName is set/);
  assert.match(hoverOn('duplex'), /both directions/);
  assert.match(hoverOn('sslConfiguration'), /./);
  assert.match(hoverOn('connectionURL'), /LDAP server/);
});

test('element docs on start and end tags, security elements included', () => {
  assert.match(hoverOn('jaasDualAuthenticationPlugin'), /\*\*jaasDualAuthenticationPlugin\*\*/);
  assert.match(hoverOn('cachedLDAPAuthorizationMap'), /LDAP/);
  assert.match(hoverText(BROKER.replace('</networkConnectors>', '</netw|orkConnectors>')), /\*\*networkConnectors\*\*/);
});

test('pattern hover explains this pattern\'s own wildcards, literal look-alikes and virtual topics', () => {
  const users = '<authenticationUser username="u" password="p" groups="users"/>';
  const nodes = hoverText(securedBroker(users, '<authorizationEntry queue="Consumer.*.VirtualTopic.no|des>" read="users"/>'));
  assert.match(nodes, /segment 2 `\*`: exactly one segment/);
  assert.match(nodes, /`nodes>`: literal text/);
  assert.match(nodes, /virtual-topic consumer queues/);
  assert.match(hoverText(securedBroker(users, '<authorizationEntry topic="FOO.|>" read="users"/>')), /`FOO` itself matches/);
});

// Config pieces the per-rule tests share: users, entries and connectors as they appear in real configs.
import { brokerConfig, securedBroker } from '../../helpers';

/** One user in group `users`, its password a placeholder. */
export const USER = '          <authenticationUser username="app" password="${app.password}" groups="users"/>';
/** An entry granting `users` everything on APP.>. */
export const ENTRY = '              <authorizationEntry queue="APP.>" read="users" write="users" admin="users"/>';

/** `system` in users and admins, `app` in users. */
export const USERS = [
  '          <authenticationUser username="system" password="${activemq.password}" groups="users,admins"/>',
  '          <authenticationUser username="app" password="${app.password}" groups="users"/>',
].join('\n');
/** The advisory entry the documentation asks for. */
export const ADVISORY = '              <authorizationEntry topic="ActiveMQ.Advisory.>" read="users,admins" write="users,admins" admin="users,admins"/>';
/** A tempDestinationAuthorizationEntry granting `users` everything (the authorizationMap's extras). */
export const TEMP = '\n            <tempDestinationAuthorizationEntry>\n              <tempDestinationAuthorizationEntry read="users" write="users" admin="users"/>\n            </tempDestinationAuthorizationEntry>';

/** A broker with one transportConnector per URI, named c0, c1, ... */
export const connectors = (...uris: string[]) =>
  brokerConfig(`    <transportConnectors>\n${uris.map((u, i) => `      <transportConnector name="c${i}" uri="${u}"/>`).join('\n')}\n    </transportConnectors>`);

/** A broker that requires a login and bridges to broker-b with the given networkConnector attributes. */
export const securedWithBridge = (bridgeAttributes: string, anonymous = '') => brokerConfig(`    <plugins>
      <simpleAuthenticationPlugin${anonymous}>
        <users><authenticationUser username="bridge" password="secret" groups="bridges"/></users>
      </simpleAuthenticationPlugin>
    </plugins>
    <networkConnectors>
      <networkConnector name="to-b" uri="static:(tcp://broker-b:61616)"${bridgeAttributes}/>
    </networkConnectors>`);

/** Connectors a, b, c: plain tcp open to the network, plain tcp on loopback, ssl open to the network. */
export const THREE_CONNECTORS = `\n    <transportConnectors>\n      <transportConnector name="a" uri="tcp://0.0.0.0:61616"/>\n      <transportConnector name="b" uri="tcp://127.0.0.1:61618"/>\n      <transportConnector name="c" uri="ssl://0.0.0.0:61617"/>\n    </transportConnectors>`;

/** A broker for Alfresco clients: openwire on 61616, ssl on 61617, user `alfresco` (s3cret) with the events rights,
 * `reader` with the advisories only, `vault` whose password is a placeholder. */
export const ALFRESCO_BROKER = securedBrokerFor(`          <authenticationUser username="alfresco" password="s3cret" groups="alfresco"/>
          <authenticationUser username="reader" password="r" groups="readers"/>
          <authenticationUser username="vault" password="\${alfresco.password}" groups="alfresco"/>`);
/** An alfresco-global.properties that logs in to ALFRESCO_BROKER as it should. */
export const ALFRESCO_GOOD = 'messaging.broker.url=failover:(tcp://mq:61616)?timeout=3000\nmessaging.broker.username=alfresco\nmessaging.broker.password=s3cret\n';

function securedBrokerFor(users: string): string {
  const entries = `              <authorizationEntry topic="VirtualTopic.alfresco.repo.events.nodes" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry queue="Consumer.*.VirtualTopic.alfresco.repo.events.nodes" read="alfresco" write="alfresco" admin="alfresco"/>
              <authorizationEntry topic="ActiveMQ.Advisory.TempQueue,ActiveMQ.Advisory.TempTopic" read="alfresco,readers"/>`;
  const transport = `
    <transportConnectors>
      <transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/>
      <transportConnector name="ssl" uri="ssl://0.0.0.0:61617"/>
    </transportConnectors>`;
  return securedBroker(users, entries).replace('    <plugins>', `${transport}\n    <plugins>`);
}

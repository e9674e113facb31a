// A complete activemq.xml around the inside of a <broker> element, for the broker-backed tests.

export function brokerXml(inside: string, brokerAttributes = '', schemaVersion = ''): string {
  const core = schemaVersion ? `activemq-core-${schemaVersion}.xsd` : 'activemq-core.xsd';
  return `<beans xmlns="http://www.springframework.org/schema/beans"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
  http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/${core}">
  <broker xmlns="http://activemq.apache.org/schema/core" brokerName="probe"${brokerAttributes ? ' ' + brokerAttributes : ''}>${inside}
  </broker>
</beans>
`;
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

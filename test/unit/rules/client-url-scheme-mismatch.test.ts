// client-url-scheme-mismatch: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-url-scheme-mismatch', {
  valid: [{ name: 'ssl:// to the ssl port', text: ALFRESCO_GOOD.replace('tcp://mq:61616', 'ssl://mq:61617'), broker: ALFRESCO_BROKER }],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('tcp://mq:61616', '[[ssl]]://mq:61616'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /Port 61616 of the broker is a tcp:\/\/ connector, but this client connects with ssl:\/\/: its TLS handshake meets a plain-text port/, severity: 'error' }],
    },
  ],
});

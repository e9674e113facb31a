// client-missing-rights: valid and invalid cases through the facade.
import { ALFRESCO_BROKER, ALFRESCO_GOOD } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester('client-missing-rights', {
  valid: [{ text: ALFRESCO_GOOD, broker: ALFRESCO_BROKER }],
  invalid: [
    {
      text: ALFRESCO_GOOD.replace('username=alfresco', 'username=[[reader]]').replace('password=s3cret', 'password=r'),
      broker: ALFRESCO_BROKER,
      expect: [{ message: /"reader" \(groups: readers\) lacks write and admin on topic:\/\/VirtualTopic\.alfresco\.repo\.events\.nodes/, severity: 'warning' }],
    },
  ],
});

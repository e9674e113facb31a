// client-url-no-connector: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-url-no-connector', {
  valid: [],
  invalid: [],
});

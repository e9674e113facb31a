// client-no-username: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-no-username', {
  valid: [],
  invalid: [],
});

// client-no-password: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-no-password', {
  valid: [],
  invalid: [],
});

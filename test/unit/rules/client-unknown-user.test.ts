// client-unknown-user: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-unknown-user', {
  valid: [],
  invalid: [],
});

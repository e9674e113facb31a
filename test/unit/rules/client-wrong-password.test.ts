// client-wrong-password: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-wrong-password', {
  valid: [],
  invalid: [],
});

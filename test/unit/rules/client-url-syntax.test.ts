// client-url-syntax: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-url-syntax', {
  valid: [],
  invalid: [],
});

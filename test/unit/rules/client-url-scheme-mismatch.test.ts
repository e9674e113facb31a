// client-url-scheme-mismatch: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-url-scheme-mismatch', {
  valid: [],
  invalid: [],
});

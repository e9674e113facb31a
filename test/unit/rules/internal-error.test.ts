// internal-error: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('internal-error', {
  valid: [],
  invalid: [],
});

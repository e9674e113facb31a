// client-missing-rights: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-missing-rights', {
  valid: [],
  invalid: [],
});

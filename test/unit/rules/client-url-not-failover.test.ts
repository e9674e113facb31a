// client-url-not-failover: valid and invalid cases through the facade.
import { ruleTester } from './ruleTester';

ruleTester('client-url-not-failover', {
  valid: [],
  invalid: [],
});

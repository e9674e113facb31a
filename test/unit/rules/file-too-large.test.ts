// file-too-large: valid and invalid cases through the facade.
import { brokerConfig } from '../../helpers';
import { ruleTester } from './ruleTester';

ruleTester('file-too-large', {
  valid: [{ name: 'under the limit', text: brokerConfig('x'.repeat(3000)), settings: { maxFileSizeKB: 5 } }],
  invalid: [
    { name: 'above the limit: one error at the start, nothing analysed', text: '[[]]' + brokerConfig('x'.repeat(3000)), settings: { maxFileSizeKB: 1 }, expect: [{ message: /^Not analysed: this file is above the size limit of 1 KB \(it has 4 KB\)/, severity: 'error' }] },
  ],
});

import { describe, expect, it } from '@jest/globals';
import { fieldMessages } from './field-messages.js';

describe('fieldMessages', () => {
  it('drops the field path the API puts before a message, and keys nested paths by their first part', () => {
    expect(fieldMessages({ phone: 'phone: Must be a Thai mobile number', 'managedProvinceCodes.0': 'managedProvinceCodes.0: has the wrong format' })).toEqual({
      phone: 'Must be a Thai mobile number',
      managedProvinceCodes: 'has the wrong format',
    });
    expect(fieldMessages({ role: 'Choose another role' })).toEqual({ role: 'Choose another role' });
  });
});

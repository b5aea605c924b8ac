// Every card test can assert accessibility with `await expect(element).toBeAccessible()`.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();

// Browsers and Lightning have structuredClone (the core uses it); Jest 29's jsdom environment does not.
if (typeof globalThis.structuredClone !== 'function') {
    const v8 = require('v8');
    globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));
}

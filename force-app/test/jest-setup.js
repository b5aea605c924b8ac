// Every card test can assert accessibility with `await expect(element).toBeAccessible()`.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();

/** Expected final worlds of the concept scenarios (see shipped.test.ts). */
import type { Expectation } from './scenario-test-kit.ts';

export const conceptExpectations: Record<string, Expectation> = {};

/** Expected final worlds of the board-house scenarios (see shipped.test.ts). */
import type { Expectation } from './scenario-test-kit.ts';

export const houseExpectations: Record<string, Expectation> = {};

import { describe, expect, it } from '@jest/globals';
import { backoffDelay } from './offline.js';

describe('offline-first helpers', () => {
  it('backs off 1 s, 2 s, 4 s … and never waits more than a minute', () => {
    expect([0, 1, 2, 3, 5, 6, 7, 20].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 32_000, 60_000, 60_000, 60_000]);
  });
});

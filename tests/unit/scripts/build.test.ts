import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../../scripts/lib/build.ts';

describe('the environment of a build', () => {
  it('keeps the caller’s variables but not NODE_ENV (Vitest’s `test` would change the bundle)', () => {
    expect(buildEnv({ PATH: '/usr/bin', NODE_ENV: 'test', HOME: '/root' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
    });
    expect(buildEnv({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin' });
  });
});

import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPkce, s256 } from '@/lib/kenar/pkce';

const sha256 = async (data: Uint8Array<ArrayBuffer>) => webcrypto.subtle.digest('SHA-256', data);

describe('PKCE', () => {
  it('matches the example of RFC 7636, appendix B', async () => {
    const octets = [
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ];
    const pair = await createPkce({ randomBytes: () => new Uint8Array(octets), sha256 });
    expect(pair).toEqual({
      verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    expect(await s256(pair.verifier, { sha256 })).toBe(pair.challenge);
  });

  it('makes a fresh 43-character verifier from the random bytes each time', async () => {
    const random = {
      randomBytes: (n: number) => webcrypto.getRandomValues(new Uint8Array(n)),
      sha256,
    };
    const [a, b] = await Promise.all([createPkce(random), createPkce(random)]);
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).not.toBe(b.verifier);
  });
});

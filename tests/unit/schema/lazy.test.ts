import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtSchema, lazySchema } from '@/lib/schema/lazy';

describe('a schema built on first use', () => {
  it('is not built until something uses it, and then once', () => {
    let built = 0;
    const schema = lazySchema(() => {
      built++;
      return z.object({ type: z.literal('ping'), n: z.coerce.number() });
    });
    expect(built).toBe(0);
    expect(schema.safeParse({ type: 'ping', n: '7' })).toEqual({
      success: true,
      data: { type: 'ping', n: 7 },
    });
    expect(schema.safeParse({ type: 'pong' }).success).toBe(false);
    expect(() => schema.parse(null)).toThrow();
    expect(built).toBe(1);
  });

  it('composes like the schema it stands for', () => {
    const inner = lazySchema(() => z.object({ price: z.number().int() }));
    const outer = lazySchema(() =>
      z.object({ listing: inner.optional(), tags: z.array(inner).max(2) }),
    );
    expect(outer.parse({ tags: [{ price: 1 }] })).toEqual({ tags: [{ price: 1 }] });
    expect(outer.safeParse({ tags: [{ price: 1.5 }] }).success).toBe(false);
    expect(inner instanceof z.ZodObject).toBe(true);
    expect(inner.shape.price instanceof z.ZodNumber).toBe(true);
    const extended = inner.extend({ size: z.number() });
    expect(extended.parse({ price: 2, size: 80 })).toEqual({ price: 2, size: 80 });
    type Outer = z.infer<typeof outer>;
    const typed: Outer = { tags: [] };
    expect(outer.parse(typed)).toEqual({ tags: [] });
  });

  it('reports a failure to build where it is used, not at load', () => {
    const broken = lazySchema((): z.ZodString => {
      throw new Error('bad schema');
    });
    expect(() => broken.parse('x')).toThrow('bad schema');
  });

  it('hands out the built object itself for identity lookups (WeakMap keys), others unchanged', () => {
    const real = z.string();
    const lazy = lazySchema(() => real);
    expect(lazy).not.toBe(real);
    expect(builtSchema(lazy)).toBe(real);
    expect(builtSchema(real)).toBe(real);
    expect(builtSchema(null)).toBe(null);
  });
});

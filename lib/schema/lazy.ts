const BUILT = Symbol('lazySchema.built');

/** The object a lazySchema stands for (built now if it was not), or `value` itself otherwise. */
export function builtSchema<T>(value: T): T {
  return (value as { [BUILT]?: T } | null)?.[BUILT] ?? value;
}

/**
 * A zod schema built the first time it is used instead of when its module loads. The service
 * worker evaluates every module at each start (MV3 stops idle workers, and a worker cannot
 * `import()` lazily); building some two hundred schemas there was most of its cold start.
 * Methods run on the built schema, so zod sees its own object; the type is the schema's own.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => {
    built ??= build();
    return built;
  };
  return new Proxy(Object.create(null) as T, {
    get(_, key) {
      const target = real();
      if (key === BUILT) return target;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

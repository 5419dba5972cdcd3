import type { ComponentChild, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from './ErrorNotice';

/** A component whose code loads on first use (a separate chunk), and a way to start that early. */
export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<unknown> };

/** A placeholder of a panel's rough size while its code loads, so the page does not jump. */
export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div class="card skeleton" aria-hidden="true" data-testid="skeleton">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} class="skeleton__line" />
      ))}
    </div>
  );
}

/**
 * `load`'s component, fetched by a dynamic `import()` the first time it is shown (or preloaded);
 * `fallback` stands in until then, and a chunk that fails to load is reported as an internal error.
 */
export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => ComponentChild = () => <Skeleton />,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  function Lazy(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    // Always subscribe: the chunk may arrive between this render and the effect.
    useEffect(() => {
      preload().then(
        () => setReady(true),
        () => setFailed(true),
      );
    }, []);
    if (failed) return <ErrorNotice kind="internal" />;
    const Component = loaded;
    return Component ? <Component {...props} /> : fallback();
  }
  return Object.assign(Lazy, { preload });
}

import './portals.css';
import { useState } from 'preact/hooks';
import type { PortalListing } from '@/lib/portals/listing';
import { ErrorNotice } from '../ErrorNotice';
import { lazy } from '../Lazy';
import { usePortalT } from './portal-env';

// The dialog (choices, preview, dry run, progress) loads when first opened, or when the pointer
// or focus reaches the button: a page that never pushes never parses it.
const PushDialog = lazy(() => import('./PushDialog').then((m) => m.PushDialog));

/** Props of PushToPortal. */
export interface PushToPortalProps {
  /** How many rows are selected (the button says it). */
  count: number;
  /** The selected listings, read when the user opens the dialog. */
  listings(): Promise<PortalListing[]> | PortalListing[];
}

/** The "Push to portal…" button of a selection, and the dialog it opens. */
export function PushToPortal({ count, listings }: PushToPortalProps) {
  const t = usePortalT();
  const [open, setOpen] = useState<PortalListing[] | undefined>();
  const [failed, setFailed] = useState(false);
  const preload = () => void PushDialog.preload().catch(() => undefined);
  const openDialog = async () => {
    try {
      setOpen(await listings());
      setFailed(false);
    } catch {
      setFailed(true); // the code that maps listings failed to load: nothing was sent
    }
  };
  return (
    <div class="portal-push" data-testid="portal-push">
      <button
        type="button"
        class="button"
        data-testid="portal-push-button"
        disabled={count === 0}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={openDialog}
      >
        {t('push')}
      </button>{' '}
      <span class="muted" data-testid="portal-selected">
        {t('selected', { n: count })}
      </span>
      {failed ? <ErrorNotice kind="internal" /> : null}
      {open ? <PushDialog listings={open} onClose={() => setOpen(undefined)} /> : null}
    </div>
  );
}

import './portals.css';
import { useState } from 'preact/hooks';
import type { PortalListing } from '@/lib/portals/listing';
import { PushDialog } from './PushDialog';
import { usePortalT } from './portal-env';

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
  return (
    <div class="portal-push" data-testid="portal-push">
      <button
        type="button"
        class="button"
        data-testid="portal-push-button"
        disabled={count === 0}
        onClick={async () => setOpen(await listings())}
      >
        {t('push')}
      </button>{' '}
      <span class="muted" data-testid="portal-selected">
        {t('selected', { n: count })}
      </span>
      {open ? <PushDialog listings={open} onClose={() => setOpen(undefined)} /> : null}
    </div>
  );
}

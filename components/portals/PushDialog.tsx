import { useEffect, useState } from 'preact/hooks';
import type { ErrorInfo } from '@/lib/errors';
import { toErrorInfo } from '@/lib/errors';
import { NO_CHOICES, type PushChoices } from '@/lib/portals/choices';
import type { PortalListing } from '@/lib/portals/listing';
import { ErrorNotice } from '../ErrorNotice';
import { DryRunView } from './DryRunView';
import { type PreviewRow, PreviewTable } from './PreviewTable';
import { PushChoicesForm, type Region } from './PushChoicesForm';
import { PushProgress } from './PushProgress';
import { usePortalSend, usePortalT } from './portal-env';

/** Props of PushDialog. */
export interface PushDialogProps {
  listings: readonly PortalListing[];
  onClose(): void;
}

/** "Push to portal…": the choices, the mapping preview, a dry run, then the push as it goes. */
export function PushDialog({ listings, onClose }: PushDialogProps) {
  const t = usePortalT();
  const send = usePortalSend();
  const [choices, setChoices] = useState<PushChoices | undefined>();
  const [regions, setRegions] = useState<Region[]>([]);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [batches, setBatches] = useState<unknown[] | undefined>();
  const [jobId, setJobId] = useState<string | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const guard = (work: () => Promise<void>) =>
    work().then(
      () => setError(undefined),
      (e) => setError(toErrorInfo(e)),
    );
  useEffect(() => {
    void guard(async () => {
      const status = await send<'portalStatus'>({ type: 'portalStatus' });
      setChoices(status.account?.choices ?? NO_CHOICES);
      setRegions(await send<'portalRegions'>({ type: 'portalRegions' }));
    });
  }, []);
  useEffect(() => {
    if (!choices) return;
    setBatches(undefined);
    void guard(async () =>
      setRows(
        await send<'portalPreview'>({ type: 'portalPreview', listings: [...listings], choices }),
      ),
    );
  }, [choices]);
  const ready = rows.filter((r) => r.missing.length === 0 && r.state !== 'skipped').length;
  const request = { listings: [...listings], choices: choices ?? NO_CHOICES };
  return (
    <section
      class="card portal-dialog"
      role="dialog"
      aria-label={t('dialogTitle', { n: listings.length })}
      data-testid="portal-dialog"
    >
      <div class="portal-dialog__head">
        <h2 class="card__title">{t('dialogTitle', { n: listings.length })}</h2>
        <button
          type="button"
          class="button button--secondary"
          data-testid="portal-close"
          onClick={onClose}
        >
          {t('close')}
        </button>
      </div>
      {error ? <ErrorNotice kind={error.kind} detail={error.message} /> : null}
      {jobId ? (
        <PushProgress jobId={jobId} />
      ) : choices ? (
        <>
          <PushChoicesForm
            listings={listings}
            regions={regions}
            choices={choices}
            onChange={setChoices}
          />
          <PreviewTable rows={rows} regions={regions} />
          <div class="options-row">
            <button
              type="button"
              class="button button--secondary"
              data-testid="portal-dry-run-button"
              disabled={ready === 0}
              onClick={() =>
                void guard(async () =>
                  setBatches(
                    (await send<'portalDryRun'>({ type: 'portalDryRun', ...request })).batches,
                  ),
                )
              }
            >
              {t('dryRun')}
            </button>
            <button
              type="button"
              class="button"
              data-testid="portal-send"
              disabled={ready === 0}
              onClick={() =>
                void guard(async () =>
                  setJobId((await send<'portalPush'>({ type: 'portalPush', ...request })).id),
                )
              }
            >
              {t('send', { n: ready })}
            </button>
          </div>
          {batches ? <DryRunView batches={batches} /> : null}
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}

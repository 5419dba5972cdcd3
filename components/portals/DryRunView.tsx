import { usePortalT } from './portal-env';

/** The dry run: the exact bodies of the batch calls a push would send, one per batch. */
export function DryRunView({ batches }: { batches: readonly unknown[] }) {
  const t = usePortalT();
  if (batches.length === 0)
    return (
      <p class="muted" data-testid="portal-dry-run">
        {t('noBatch')}
      </p>
    );
  return (
    <div class="portal-dry-run" data-testid="portal-dry-run">
      <p>{t('dryRunNote')}</p>
      {batches.map((batch, i) => (
        <details key={i} open={i === 0} data-testid="portal-dry-batch">
          <summary>
            {t('batch', {
              n: i + 1,
              total: batches.length,
              count: Array.isArray(batch) ? batch.length : 0,
            })}
          </summary>
          <pre dir="ltr" class="portal-json">
            {JSON.stringify(batch, null, 2)}
          </pre>
        </details>
      ))}
    </div>
  );
}

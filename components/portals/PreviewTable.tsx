import { formatNumber } from '@/lib/i18n/format';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { useLang } from '../i18n';
import type { Region } from './PushChoicesForm';
import { usePortalT } from './portal-env';

/** One listing of the preview, as the background mapped it. */
export type PreviewRow = ResponseOf<'portalPreview'>[number];

/** The mapping of each listing: region, type, sale or rent, price and currency, or what to fill. */
export function PreviewTable({
  rows,
  regions,
}: {
  rows: readonly PreviewRow[];
  regions: readonly Region[];
}) {
  const t = usePortalT();
  const lang = useLang();
  const regionName = (id: string) => regions.find((r) => String(r.id) === id)?.name ?? '';
  const ready = rows.filter((r) => r.missing.length === 0).length;
  const unmapped = new Map<string, number>();
  for (const row of rows)
    for (const u of row.unmapped) unmapped.set(u.field, (unmapped.get(u.field) ?? 0) + 1);
  return (
    <div class="portal-preview" data-testid="portal-preview">
      <p data-testid="portal-preview-note">
        {t('previewNote', { ready, fill: rows.length - ready })}
      </p>
      <div class="portal-table-box">
        <table class="portal-table">
          <thead>
            <tr>
              <th>{t('listing')}</th>
              <th>{t('type')}</th>
              <th>{t('action')}</th>
              <th>{t('region')}</th>
              <th>{t('price')}</th>
              <th>{t('state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.token}
                data-testid="portal-preview-row"
                data-token={row.token}
                data-ready={String(row.missing.length === 0)}
              >
                <td dir="auto">{row.title}</td>
                <td>{row.summary.type ? t.word(`type.${row.summary.type}`) : ''}</td>
                <td>{t.word(`action.${row.summary.action}`)}</td>
                <td>{regionName(row.summary.region ?? '')}</td>
                <td class="num">
                  {row.summary.price
                    ? `${formatNumber(lang, Number(row.summary.price))} ${row.summary.currency?.toUpperCase()}`
                    : ''}
                </td>
                <td>
                  {row.missing.length === 0 ? (
                    t(row.state === 'skipped' ? 'state.skipped' : 'ready')
                  ) : (
                    <span class="portal-fill">
                      {t('mustFill')}{' '}
                      {row.missing
                        .map(
                          (m) => `${t.word(`field.${m.field}`)} (${t.word(`reason.${m.reason}`)})`,
                        )
                        .join(lang === 'fa' ? '، ' : ', ')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmapped.size > 0 ? (
        <details class="portal-unmapped" data-testid="portal-unmapped">
          <summary>{t('unmapped')}</summary>
          <ul>
            {[...unmapped].map(([field, count]) => (
              <li key={field}>
                {t.word(`listing.${field}`)}: {formatNumber(lang, count)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

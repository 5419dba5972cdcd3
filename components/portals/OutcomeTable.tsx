import { formatDigits } from '@/lib/i18n/format';
import type { SyncItem } from '@/lib/portals/types';
import { useLang } from '../i18n';
import { usePortalT } from './portal-env';
import { RemoveFromPortal } from './RemoveFromPortal';

function Detail({ item }: { item: SyncItem }) {
  const t = usePortalT();
  const lang = useLang();
  if (item.error)
    return (
      <span>
        {item.error.code === undefined ? null : `${t('code', { code: item.error.code })} `}
        <span dir="ltr">{item.error.description}</span>
      </span>
    );
  if (item.missing?.length)
    return (
      <span>
        {item.missing.map((m) => t.word(`field.${m.field}`)).join(lang === 'fa' ? '، ' : ', ')}
      </span>
    );
  if (item.portalId !== undefined)
    return <span>{`${t('portalId')}: ${formatDigits(lang, item.portalId)}`}</span>;
  return null;
}

/** Each listing's outcome: synced (with the portal's id), fix these fields, will retry. */
export function OutcomeTable({ items }: { items: readonly SyncItem[] }) {
  const t = usePortalT();
  return (
    <div class="portal-table-box">
      <table class="portal-table" data-testid="portal-outcomes">
        <thead>
          <tr>
            <th>{t('listing')}</th>
            <th>{t('state')}</th>
            <th />
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.key}
              data-testid="portal-outcome"
              data-token={item.token}
              data-state={item.state}
              data-method={item.method ?? ''}
            >
              <td dir="auto">{item.title}</td>
              <td class={`portal-state portal-state--${item.state}`}>
                {t.word(`state.${item.state}`)}
              </td>
              <td>
                <Detail item={item} />
              </td>
              <td>{item.state === 'synced' ? <RemoveFromPortal token={item.token} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

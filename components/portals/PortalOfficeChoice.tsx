import type { ResponseOf } from '@/lib/messaging/protocol';
import { ErrorNotice } from '../ErrorNotice';
import { useTask } from '../kenar/kenar-env';
import { type PortalSectionProps, usePortalSend, usePortalT } from './portal-env';

type Lists = ResponseOf<'portalTest'>;

/** Tests the connection, then the office and the seller chosen from the portal's own lists. */
export function PortalOfficeChoice({ status, onStatus }: PortalSectionProps) {
  const t = usePortalT();
  const send = usePortalSend();
  const [lists, test] = useTask<Lists>();
  const choose = async (change: { officeId?: number; sellerId?: number }) =>
    onStatus(await send<'portalSaveAccount'>({ type: 'portalSaveAccount', ...change }));
  const account = status.account;
  return (
    <div class="options-section" data-testid="portal-office">
      <div class="options-row">
        <button
          type="button"
          class="button button--secondary"
          data-testid="portal-test"
          disabled={!account}
          onClick={() => test(() => send<'portalTest'>({ type: 'portalTest' }))}
        >
          {t('test')}
        </button>
      </div>
      {lists.status === 'failed' ? (
        <ErrorNotice kind={lists.error.kind} detail={lists.error.message} />
      ) : null}
      {lists.status === 'done' ? (
        <>
          <p class="ok" data-testid="portal-test-ok">
            {t('testOk', {
              offices: lists.data.offices.length,
              sellers: lists.data.sellers.length,
            })}
          </p>
          <label class="options-row">
            {t('office')}
            <select
              class="input"
              data-testid="portal-office-select"
              value={String(account?.officeId ?? '')}
              onChange={(e) => void choose({ officeId: Number(e.currentTarget.value) })}
            >
              <option value="">{t('choose')}</option>
              {lists.data.offices.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name ?? o.id}
                </option>
              ))}
            </select>
          </label>
          <label class="options-row">
            {t('seller')}
            <select
              class="input"
              data-testid="portal-seller-select"
              value={String(account?.sellerId ?? '')}
              onChange={(e) => void choose({ sellerId: Number(e.currentTarget.value) })}
            >
              <option value="">{t('none')}</option>
              {lists.data.sellers
                .filter((s) => s.office_id === undefined || s.office_id === account?.officeId)
                .map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    {s.name ?? s.id}
                  </option>
                ))}
            </select>
          </label>
        </>
      ) : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { businessLabel } from '@/lib/kenar/business-types';
import type { ButtonType } from '@/lib/kenar/button-types';
import type { UserBusiness } from '@/lib/kenar/schemas/finder';
import { isButtonLink } from '@/lib/kenar/validate';
import { ButtonFields } from './ButtonFields';
import { ButtonPreview } from './ButtonPreview';
import { ConfirmBox } from './ConfirmBox';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { Picker } from './Picker';

type Asking = 'set' | 'remove' | undefined;

function ForBusinesses({ businesses }: { businesses: UserBusiness[] }) {
  const t = useKenarT();
  const send = useKenarSend();
  const options = businesses.flatMap((b) =>
    b.business_token ? [{ value: b.business_token, label: businessLabel(b, t) }] : [],
  );
  const [business, setBusiness] = useState(options.length === 1 ? (options[0]?.value ?? '') : '');
  const [type, setType] = useState<ButtonType>('EXTERNAL_PRODUCT_STORE');
  const [link, setLink] = useState('');
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState<Asking>();
  const [task, run] = useTask<'set' | 'removed'>();
  const name = businesses.find((b) => b.business_token === business)?.brand_name ?? business;
  const ask = (what: Asking) => {
    setTried(true);
    if (business && (what === 'remove' || isButtonLink(link))) setAsking(what);
  };
  const go = (what: 'set' | 'remove') =>
    void run(async () => {
      const confirmed = true as const;
      if (what === 'set')
        await send<'kenarSetBusinessButton'>({
          type: 'kenarSetBusinessButton',
          businessToken: business,
          button: { type, link },
          confirmed,
        });
      else
        await send<'kenarDeleteBusinessButton'>({
          type: 'kenarDeleteBusinessButton',
          businessToken: business,
          confirmed,
        });
      setAsking(undefined);
      return what === 'set' ? 'set' : 'removed';
    });
  return (
    <div class="kenar-form">
      <Picker
        name="business"
        label="business.pick"
        value={business}
        options={options}
        problem={tried && !business}
        onChange={setBusiness}
      />
      <ButtonFields
        idSuffix="business"
        type={type}
        link={link}
        tried={tried}
        onType={setType}
        onLink={setLink}
      />
      <ButtonPreview type={type} link={link} />
      {asking ? (
        <ConfirmBox
          name="business"
          text={t(asking === 'set' ? 'business.confirmSet' : 'business.confirmRemove', { name })}
          yes={t(asking === 'set' ? 'business.yesSet' : 'business.yesRemove')}
          danger={asking === 'remove'}
          busy={task.status === 'busy'}
          onYes={() => go(asking)}
          onNo={() => setAsking(undefined)}
        />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button"
            data-testid="business-set"
            onClick={() => ask('set')}
          >
            {t('business.set')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            data-testid="business-remove"
            onClick={() => ask('remove')}
          >
            {t('business.remove')}
          </button>
        </div>
      )}
      {task.status === 'done' ? (
        <p class="ok" data-testid="business-done" data-done={task.data}>
          {t(task.data === 'set' ? 'business.done' : 'business.removed', { name })}
        </p>
      ) : null}
      {task.status === 'failed' ? (
        <KenarErrorNotice
          error={task.error}
          action="business-button"
          token={business}
          onRetry={() => asking && go(asking)}
        />
      ) : null}
    </div>
  );
}

/** A customised button on every post of one of the user's businesses: preview, confirm, set or remove. */
export function BusinessButton() {
  const t = useKenarT();
  const send = useKenarSend();
  const [list, load] = useTask<UserBusiness[]>();
  const reload = () => void load(() => send<'kenarBusinesses'>({ type: 'kenarBusinesses' }));
  const businesses =
    list.status === 'done' ? list.data.filter((b) => b.business_type !== 'PERSONAL') : [];
  return (
    <section class="card options-section" data-testid="kenar-business-button">
      <h2 class="card__title">{t('business.heading')}</h2>
      <p class="muted">{t('buttonNote')}</p>
      {list.status === 'done' ? null : (
        <button
          type="button"
          class="button button--small"
          data-testid="business-load"
          disabled={list.status === 'busy'}
          onClick={reload}
        >
          {t('business.load')}
        </button>
      )}
      {list.status === 'failed' ? (
        <KenarErrorNotice error={list.error} action="businesses" onRetry={reload} />
      ) : null}
      {list.status === 'done' && businesses.length === 0 ? (
        <p class="muted">{t('business.none')}</p>
      ) : null}
      {businesses.length > 0 ? <ForBusinesses businesses={businesses} /> : null}
    </section>
  );
}

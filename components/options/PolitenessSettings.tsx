import { useEffect, useState } from 'preact/hooks';
import {
  loadPoliteness,
  type Politeness,
  type SyncStorage,
  savePoliteness,
} from '@/lib/settings/politeness';
import { useT } from '../i18n';

/** Props of PolitenessSettings. */
export interface PolitenessSettingsProps {
  storage: SyncStorage;
}

/** The request rate and daily contact cap, each with the warning a higher value deserves. */
export function PolitenessSettings({ storage }: PolitenessSettingsProps) {
  const t = useT();
  const [value, setValue] = useState<Politeness | undefined>();
  const [isSaved, setSaved] = useState(false);
  useEffect(() => void loadPoliteness(storage).then(setValue), [storage]);
  if (!value) return null;
  const update = (patch: Partial<Politeness>) => {
    setSaved(false);
    setValue({ ...value, ...patch });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    await savePoliteness(storage, value);
    setSaved(true);
  };
  return (
    <form class="card" data-testid="politeness" onSubmit={save}>
      <h2 class="card__title">{t('politeness.title')}</h2>
      <p class="muted">{t('politeness.intro')}</p>
      <label class="label" for="rate">
        {t('politeness.rate')}
      </label>
      <input
        id="rate"
        class="input"
        type="number"
        min={0.1}
        max={5}
        step={0.1}
        dir="ltr"
        value={value.ratePerSecond}
        onInput={(e) => update({ ratePerSecond: Number(e.currentTarget.value) })}
      />
      {value.ratePerSecond > 1 ? (
        <p class="notice notice--warn" role="alert">
          {t('politeness.rateWarning')}
        </p>
      ) : null}
      <label class="label" for="contacts">
        {t('politeness.contacts')}
      </label>
      <input
        id="contacts"
        class="input"
        type="number"
        min={1}
        max={50}
        step={1}
        dir="ltr"
        value={value.dailyContacts}
        onInput={(e) => update({ dailyContacts: Number(e.currentTarget.value) })}
      />
      {value.dailyContacts > 15 ? (
        <p class="notice notice--warn" role="alert">
          {t('politeness.contactsWarning')}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button" data-testid="politeness-save">
          {t('politeness.save')}
        </button>
        {isSaved ? (
          <span class="ok" role="status">
            {t('politeness.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

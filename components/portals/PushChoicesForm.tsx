import { numberFromText } from '@/lib/divar/read/lenient';
import { formatDigits } from '@/lib/i18n/format';
import type { PushChoices } from '@/lib/portals/choices';
import type { PortalListing } from '@/lib/portals/listing';
import { CommitInput } from '../CommitInput';
import { useLang } from '../i18n';
import { usePortalT } from './portal-env';

/** A region of the portal, as its list gives it. */
export interface Region {
  id: number;
  name: string;
  parent_id?: number;
}

/** Props of PushChoicesForm. */
export interface PushChoicesFormProps {
  listings: readonly PortalListing[];
  regions: readonly Region[];
  choices: PushChoices;
  onChange(choices: PushChoices): void;
}

const CURRENCIES = ['eur', 'huf', 'usd'] as const;

/** What the user fills for a push: the portal region of each divar city, the currency and rate. */
export function PushChoicesForm({ listings, regions, choices, onChange }: PushChoicesFormProps) {
  const t = usePortalT();
  const lang = useLang();
  const cities = [...new Set(listings.map((l) => l.city).filter((c): c is string => !!c))];
  const setRegion = (city: string, id: number) => {
    const { [city]: _old, ...rest } = choices.regionByCity;
    onChange({ ...choices, regionByCity: id ? { ...rest, [city]: id } : rest });
  };
  const setRate = (text: string) => {
    const rate = numberFromText(text);
    const { tomanPerUnit: _old, ...rest } = choices;
    onChange(rate && rate > 0 ? { ...rest, tomanPerUnit: rate } : rest);
  };
  return (
    <div class="portal-choices" data-testid="portal-choices">
      <fieldset>
        <legend>{t('regions')}</legend>
        {cities.map((city) => (
          <label key={city} class="options-row">
            <span class="portal-choices__city">{city}</span>
            <select
              class="input"
              data-testid="portal-region"
              data-city={city}
              value={String(choices.regionByCity[city] ?? '')}
              onChange={(e) => setRegion(city, Number(e.currentTarget.value))}
            >
              <option value="">{t('choose')}</option>
              {regions.map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div class="options-row">
        <label>
          {t('currency')}{' '}
          <select
            class="input"
            data-testid="portal-currency"
            value={choices.currency}
            onChange={(e) =>
              onChange({ ...choices, currency: e.currentTarget.value as PushChoices['currency'] })
            }
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rate', { currency: choices.currency.toUpperCase() })}{' '}
          <CommitInput
            class="input portal-choices__rate"
            inputMode="decimal"
            data-testid="portal-rate"
            value={
              choices.tomanPerUnit === undefined ? '' : formatDigits(lang, choices.tomanPerUnit)
            }
            onCommit={setRate}
          />
        </label>
      </div>
    </div>
  );
}

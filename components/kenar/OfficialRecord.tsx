import type { ErrorKind } from '@/lib/errors';
import { formatDate, formatNumber } from '@/lib/kenar/format';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import { recordWords } from '@/lib/kenar/record-words';
import type { FinderPost } from '@/lib/kenar/schemas/finder';
import { CopyButton } from '../CopyButton';
import { useLang } from '../i18n';
import { useKenarT } from './kenar-env';

/** Props of OfficialRecord. */
export interface OfficialRecordProps {
  record: FinderPost;
  onError(kind: ErrorKind): void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The official public record of a post (finder/post), as Kenar gives it to any app. */
export function OfficialRecord({ record, onError }: OfficialRecordProps) {
  const t = useKenarT();
  const lang = useLang();
  const data = record.data ?? {};
  const price = (data.price as { value?: unknown } | undefined)?.value;
  const words = recordWords(record, lang);
  const rows: [KenarTextKey, string | undefined, string][] = [
    ['field.title', text(data.title), 'record-title'],
    ['field.state', words.state, 'record-state'],
    ['field.category', words.category, 'record-category'],
    ['field.city', words.city, 'record-city'],
    ['field.district', words.district, 'record-district'],
    [
      'field.price',
      formatNumber(price as number | string | undefined, lang) || undefined,
      'record-price',
    ],
    ['field.business', record.business_data?.business_name, 'record-business'],
    [
      'field.published',
      formatDate(record.first_published_at, lang, true) || undefined,
      'record-published',
    ],
    [
      'field.modified',
      formatDate(record.last_modified_at, lang, true) || undefined,
      'record-modified',
    ],
  ];
  return (
    <section class="kenar-record" data-testid="kenar-record">
      <h3 class="card__title">{t('record')}</h3>
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div class="field" key={testId}>
              <dt>{t(label)}</dt>
              {/* A post's own text (a Persian title in the English UI) keeps its direction. */}
              <dd data-testid={testId}>
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
      </dl>
      <div class="actions">
        <CopyButton
          text={JSON.stringify(record, null, 2)}
          label={t('copyRecord')}
          testId="copy-record"
          onError={onError}
        />
      </div>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Listing } from '@/lib/divar/listing/types';
import { sellerTypeName } from '@/lib/divar/seller-type';
import type { ErrorInfo } from '@/lib/errors';
import { toErrorInfo } from '@/lib/errors';
import { type Lang, type MessageKey, translate } from '@/lib/i18n';
import {
  formatGregorian,
  formatJalali,
  formatNumber,
  formatToman,
  joinParts,
} from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/client';
import { CopyButton } from './CopyButton';
import { Data } from './Data';
import { DriftNotice } from './DriftNotice';
import { ErrorNotice } from './ErrorNotice';
import { useLang, useT } from './i18n';
import { PostImages } from './PostImages';
import { useServices } from './services';

type Row = [MessageKey, string, string];

const AMENITIES = [
  ['hasElevator', 'filter.elevator'],
  ['hasParking', 'filter.parking'],
  ['hasStorage', 'filter.warehouse'],
  ['hasBalcony', 'filter.balcony'],
] as const;

/** Elevator, parking, storage and balcony as divar says them: «آسانسور دارد، پارکینگ ندارد». */
function amenitiesOf(listing: Listing, lang: Lang): string | undefined {
  const said = AMENITIES.flatMap(([field, name]) => {
    const has = listing[field];
    if (has === undefined) return [];
    const words = translate(lang, has ? 'post.amenity.has' : 'post.amenity.hasNot');
    return [words.replace('{name}', translate(lang, name))];
  });
  return said.length > 0 ? joinParts(lang, said) : undefined;
}

function rowsOf(listing: Listing, lang: 'fa' | 'en', t: (k: MessageKey) => string): Row[] {
  const rows: (Row | undefined)[] = [
    listing.price !== undefined
      ? ['post.price', formatToman(lang, listing.price), 'price']
      : undefined,
    listing.isNegotiable && listing.price === undefined
      ? ['post.price', t('post.negotiable'), 'price']
      : undefined,
    listing.deposit !== undefined
      ? ['post.deposit', formatToman(lang, listing.deposit), 'deposit']
      : undefined,
    listing.monthlyRent !== undefined
      ? [
          'post.rent',
          // No monthly rent is what divar calls «رهن کامل», not «۰ تومان».
          listing.monthlyRent === 0
            ? t('post.fullDeposit')
            : formatToman(lang, listing.monthlyRent),
          'rent',
        ]
      : undefined,
    listing.size !== undefined
      ? ['post.size', `${formatNumber(lang, listing.size)} ${t('unit.metres')}`, 'size']
      : undefined,
    listing.rooms !== undefined
      ? ['post.rooms', formatNumber(lang, listing.rooms), 'rooms']
      : undefined,
    listing.floor !== undefined
      ? [
          'post.floor',
          `${formatNumber(lang, listing.floor)}${listing.totalFloors ? ` ${t('post.floorOf')} ${formatNumber(lang, listing.totalFloors)}` : ''}`,
          'floor',
        ]
      : undefined,
    listing.yearBuilt !== undefined
      ? ['post.year', formatNumber(lang, listing.yearBuilt).replace(/٬|,/g, ''), 'year']
      : undefined,
    listing.pricePerSquareMetre !== undefined
      ? ['post.pricePerMetre', formatToman(lang, listing.pricePerSquareMetre), 'ppm']
      : undefined,
    listing.district
      ? ['post.district', [listing.district, listing.city].filter(Boolean).join('، '), 'district']
      : undefined,
    listing.sellerType
      ? ['post.seller', sellerTypeName(listing.sellerType, lang, listing.category), 'seller']
      : undefined,
    amenitiesOf(listing, lang)
      ? ['post.amenities', amenitiesOf(listing, lang) as string, 'amenities']
      : undefined,
    listing.publishedAt
      ? [
          'post.published',
          `${formatJalali(lang, listing.publishedAt)} (${formatGregorian(lang, listing.publishedAt)})`,
          'published',
        ]
      : undefined,
  ];
  return rows.filter((r): r is Row => r !== undefined);
}

/** A post's details (price, size, rooms, dates in both calendars, map, images) and its contact number on request. */
export function PostDetails({ token }: { token: string }) {
  const t = useT();
  const lang = useLang();
  const { send } = useServices();
  const [listing, setListing] = useState<Listing | undefined>();
  const [contact, setContact] = useState<string | undefined>();
  const [error, setError] = useState<ErrorInfo | undefined>();
  const load = () =>
    sendMessage<'postDetails'>(send, { type: 'postDetails', token }).then(setListing, (e) =>
      setError(toErrorInfo(e)),
    );
  const ask = () =>
    sendMessage<'postContact'>(send, { type: 'postContact', token }).then(
      (info) => setContact(info.phone ?? info.label ?? '—'),
      (e) => setError(toErrorInfo(e)),
    );
  // One posts-v2 request per popup opening: what the user came to see.
  useEffect(() => void load(), [token]);
  if (!listing) {
    return (
      <section class="card">
        {error ? (
          <ErrorNotice kind={error.kind} detail={error.message} />
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
        {error ? (
          <button type="button" class="button" data-testid="load-details" onClick={load}>
            {t('post.loadDetails')}
          </button>
        ) : null}
      </section>
    );
  }
  const { location } = listing;
  return (
    <section class="card" data-testid="post-details">
      <h3 class="card__title">
        <Data text={listing.title} testId="post-title" />
      </h3>
      <PostImages urls={listing.imageUrls} postUrl={listing.url} />
      <dl>
        {rowsOf(listing, lang, t).map(([label, value, id]) => (
          <div class="field" key={id}>
            <dt>{t(label)}</dt>
            <dd data-testid={`detail-${id}`}>
              <Data text={value} />
            </dd>
          </div>
        ))}
        {location ? (
          <div class="field">
            <dt>{t('post.map')}</dt>
            <dd>
              <a
                href={`https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=16/${location.latitude}/${location.longitude}`}
                target="_blank"
                rel="noreferrer"
              >
                {t('post.openMap')}
              </a>
            </dd>
          </div>
        ) : null}
        {listing.features?.length ? (
          <div class="field">
            <dt>{t('post.features')}</dt>
            <dd>
              <Data text={listing.features.join('، ')} />
            </dd>
          </div>
        ) : null}
        <div class="field">
          <dt>{t('post.contact')}</dt>
          <dd>
            {contact ? (
              <code dir="ltr" data-testid="contact">
                {contact}
              </code>
            ) : (
              <button
                type="button"
                class="button button--small"
                data-testid="get-contact"
                onClick={ask}
              >
                {t('post.getContact')}
              </button>
            )}
          </dd>
        </div>
      </dl>
      {error ? <ErrorNotice kind={error.kind} detail={error.message} /> : null}
      <DriftNotice
        drift={listing.drift ? { skipped: listing.drift, unknownWidgets: 0 } : undefined}
        context={`post ${listing.token}`}
        onError={(kind) => setError({ kind, message: '' })}
      />
      <div class="actions">
        <CopyButton
          text={JSON.stringify(listing, null, 2)}
          label={t('post.copyJson')}
          testId="copy-listing"
          onError={(kind) => setError({ kind, message: '' })}
        />
      </div>
    </section>
  );
}

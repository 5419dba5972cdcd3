import { useEffect, useState } from 'preact/hooks';
import { businessLabel } from '@/lib/kenar/business-types';
import type { AssetOption, NewPostSetup } from '@/lib/kenar/new-post';
import { useKenarSend, useKenarT, useTask } from './kenar-env';
import { Picker } from './Picker';

/** Who posts, where and in which category: what a new post is placed by. */
export interface Place {
  businessToken: string;
  city: string;
  district?: string;
  category: string;
}

/** Props of PostPlace. */
export interface PostPlaceProps {
  setup: NewPostSetup;
  initial: Place;
  busy: boolean;
  onNext(place: Place): void;
}

const asOptions = (list: AssetOption[]) => list.map((o) => ({ value: o.slug, label: o.display }));

/** Pickers of Kenar's assets (Persian names; slugs are what is sent) and the user's businesses. */
export function PostPlace({ setup, initial, busy, onNext }: PostPlaceProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [place, setPlace] = useState<Place>(initial);
  const [tried, setTried] = useState(false);
  const [districts, loadDistricts] = useTask<AssetOption[]>();
  useEffect(() => {
    if (place.city)
      void loadDistricts(() =>
        send<'kenarDistricts'>({ type: 'kenarDistricts', city: place.city }),
      );
  }, [place.city]);
  const set = (change: Partial<Place>) => setPlace({ ...place, ...change });
  const missing = (['businessToken', 'city', 'category'] as const).filter((key) => !place[key]);
  const businesses = setup.businesses.flatMap((b) =>
    b.business_token ? [{ value: b.business_token, label: businessLabel(b, t) }] : [],
  );
  const next = () => {
    setTried(true);
    if (missing.length === 0) onNext({ ...place, district: place.district || undefined });
  };
  return (
    <div class="kenar-form" data-testid="new-post-place">
      {businesses.length === 0 ? <p class="kenar-problem">{t('newPost.noBusiness')}</p> : null}
      <Picker
        name="business"
        label="newPost.business"
        value={place.businessToken}
        options={businesses}
        problem={tried && missing.includes('businessToken')}
        onChange={(businessToken) => set({ businessToken })}
      />
      <Picker
        name="city"
        label="newPost.city"
        value={place.city}
        options={asOptions(setup.cities)}
        problem={tried && missing.includes('city')}
        onChange={(city) => set({ city, district: undefined })}
      />
      <Picker
        name="district"
        label="newPost.district"
        value={place.district ?? ''}
        empty="newPost.noDistrict"
        options={districts.status === 'done' ? asOptions(districts.data) : []}
        disabled={districts.status !== 'done' || districts.data.length === 0}
        onChange={(district) => set({ district })}
      />
      <Picker
        name="category"
        label="newPost.category"
        value={place.category}
        options={asOptions(setup.categories)}
        problem={tried && missing.includes('category')}
        onChange={(category) => set({ category })}
      />
      <button
        type="button"
        class="button"
        data-testid="new-post-next"
        disabled={busy}
        onClick={next}
      >
        {t('newPost.next')}
      </button>
    </div>
  );
}

import { toPersianDigits } from '../util/persian.ts';
import { hashString } from '../util/rng.ts';
import {
  AGENCY_NAMES,
  type CategoryFacts,
  type FactContext,
  posterDigits,
  roundPrice,
} from './facts-common.ts';

/** Rough price per square metre (Toman) per city; districts vary around it. */
const PRICE_PER_METRE: Record<number, number> = {
  1: 140_000_000,
  2: 45_000_000,
  3: 60_000_000,
  4: 75_000_000,
  6: 65_000_000,
};
const FEATURES = [
  'بازسازی شده',
  'نوساز',
  'فول امکانات',
  'تک واحدی',
  'غرق نور',
  'کلید نخورده',
  'دنج',
  'سند تک برگ',
  'نقشه عالی',
];

/** Price per square metre for the context's district (Toman), with noise. */
export function pricePerMetre(ctx: FactContext): number {
  const base = PRICE_PER_METRE[ctx.city.id] ?? 60_000_000;
  const districtFactor = 0.55 + (hashString(`district:${ctx.district.id}`) % 1000) / 600;
  return base * districtFactor * (0.8 + ctx.rng.next() * 0.4);
}

function roomsFor(size: number, ctx: FactContext): number {
  if (size < 50) return ctx.rng.chance(0.2) ? 0 : 1;
  if (size < 90) return ctx.rng.int(1, 2);
  if (size < 140) return ctx.rng.int(2, 3);
  return size < 220 ? ctx.rng.int(3, 4) : ctx.rng.int(4, 5);
}

/** Personal, agency or premium-panel poster (with an agency name for the latter). */
export function businessOf(ctx: FactContext) {
  const businessType = ctx.rng.weighted([
    ['personal', 45],
    ['real-estate-business', 35],
    ['premium-panel', 20],
  ] as const);
  const agencyName = businessType === 'premium-panel' ? ctx.rng.pick(AGENCY_NAMES) : undefined;
  return { businessType, agencyName };
}

/** Size-dependent building facts: rooms, year, floor, elevator, parking, warehouse, balcony. */
export function buildingFacts(ctx: FactContext, size: number, isApartment: boolean) {
  const { rng } = ctx;
  const yearBuilt =
    ctx.jalaliYear -
    rng.weighted([
      [rng.int(0, 3), 30],
      [rng.int(4, 12), 40],
      [rng.int(13, 35), 30],
    ] as const);
  const floor = isApartment
    ? rng.weighted([
        [-1, 2],
        [0, 8],
        [rng.int(1, 5), 65],
        [rng.int(6, 15), 25],
      ] as const)
    : undefined;
  const elevator = isApartment && (floor ?? 0) >= 3 ? rng.chance(0.85) : rng.chance(0.35);
  return {
    size,
    rooms: roomsFor(size, ctx),
    yearBuilt,
    floor,
    elevator,
    parking: rng.chance(0.65),
    warehouse: rng.chance(0.6),
    balcony: rng.chance(0.55),
    rebuilt: ctx.jalaliYear - yearBuilt > 12 && rng.chance(0.35),
    unitsPerFloor: isApartment ? rng.int(1, 4) : undefined,
  };
}

/** A poster-style apartment title ("۸۰ متر/۲ خواب/نوساز/<district>"). */
export function apartmentTitle(
  ctx: FactContext,
  size: number,
  rooms: number,
  verb: string,
): string {
  const { rng } = ctx;
  const metres = posterDigits(rng, size, toPersianDigits);
  const feature = rng.pick(FEATURES);
  return rng.pick([
    `${metres} متر/${toPersianDigits(rooms)} خواب/${feature}/${ctx.district.name}`,
    `آپارتمان ${metres} متری ${ctx.district.name}`,
    `${verb} آپارتمان ${metres} متری ${feature}`,
    `${ctx.district.name} / ${metres} متر / ${feature}`,
    `${metres}متر ${rooms > 0 ? `${toPersianDigits(rooms)} خواب ` : ''}${feature}`,
  ]);
}

/** A short multi-line description of a property. */
export function describeProperty(
  ctx: FactContext,
  size: number,
  rooms: number,
  extra: string,
): string {
  return [
    `${toPersianDigits(size)} متر، ${toPersianDigits(rooms)} خواب`,
    `محله ${ctx.district.name}، ${ctx.city.name}`,
    extra,
    'جهت هماهنگی بازدید تماس بگیرید.',
  ].join('\n');
}

/** Facts of an apartment or house for sale. */
export function drawSellFacts(ctx: FactContext, isApartment: boolean): CategoryFacts {
  const { rng } = ctx;
  const size = isApartment ? rng.int(38, 260) : rng.int(110, 600);
  const building = buildingFacts(ctx, size, isApartment);
  const ppm = pricePerMetre(ctx) * (isApartment ? 1 : 0.8);
  const price = rng.chance(0.04) ? undefined : roundPrice(size * ppm);
  const title = isApartment
    ? apartmentTitle(ctx, size, building.rooms, 'فروش')
    : rng.pick([
        `خانه ویلایی ${toPersianDigits(size)} متری ${ctx.district.name}`,
        `ویلا ${toPersianDigits(size)} متر ${rng.pick(FEATURES)}`,
      ]);
  return {
    ...businessOf(ctx),
    ...building,
    price,
    title,
    description: describeProperty(
      ctx,
      size,
      building.rooms,
      building.parking ? 'پارکینگ اختصاصی دارد.' : 'فاقد پارکینگ.',
    ),
    photoCount: rng.chance(0.85) ? rng.int(1, 15) : 0,
    imagesAreIllustrative: rng.chance(0.2),
  };
}

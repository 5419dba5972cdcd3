import { toPersianDigits } from '../util/persian.ts';
import { type CategoryFacts, type FactContext, roundPrice } from './facts-common.ts';
import {
  apartmentTitle,
  buildingFacts,
  businessOf,
  describeProperty,
  pricePerMetre,
} from './facts-real-estate.ts';

/** Facts of an apartment for rent (deposit and monthly rent). */
export function drawRentFacts(ctx: FactContext): CategoryFacts {
  const { rng } = ctx;
  const size = rng.int(35, 220);
  const building = buildingFacts(ctx, size, true);
  const value = size * pricePerMetre(ctx);
  const kind = rng.weighted([
    ['both', 83],
    ['full-deposit', 12],
    ['negotiable', 5],
  ] as const);
  const credit =
    kind === 'negotiable'
      ? undefined
      : roundPrice(value * (kind === 'both' ? 0.03 + rng.next() * 0.2 : 0.3));
  const rent =
    kind === 'both'
      ? roundPrice(value * (0.0005 + rng.next() * 0.003))
      : kind === 'full-deposit'
        ? 0
        : undefined;
  const title = rng.chance(0.5)
    ? apartmentTitle(ctx, size, building.rooms, 'اجاره')
    : `${kind === 'full-deposit' ? 'رهن کامل' : 'رهن و اجاره'} ${toPersianDigits(size)} متری ${ctx.district.name}`;
  return {
    ...businessOf(ctx),
    ...building,
    credit,
    rent,
    rentToSingle: rng.chance(0.3),
    title,
    description: describeProperty(ctx, size, building.rooms, 'ودیعه و اجاره قابل جابجایی است.'),
    photoCount: rng.chance(0.8) ? rng.int(1, 12) : 0,
    imagesAreIllustrative: rng.chance(0.2),
  };
}

import { toPersianDigits } from '../util/persian.ts';
import { type CategoryFacts, type FactContext, roundPrice } from './facts-common.ts';
import type { GoodsStatus } from './types.ts';

/** [brand slug, model slug, Persian title, base price in million Toman, domestic?] */
export const CAR_MODELS = [
  ['peugeot', '206', 'پژو ۲۰۶ تیپ ۲', 700, true],
  ['peugeot', 'pars', 'پژو پارس سال', 850, true],
  ['peugeot', '405', 'پژو 405 GLX', 600, true],
  ['saipa', 'pride-131', 'پراید ۱۳۱ SE', 350, true],
  ['saipa', 'tiba-2', 'تیبا ۲ EX', 450, true],
  ['saipa', 'quick', 'کوییک دنده‌ای', 550, true],
  ['saipa', 'saina', 'ساینا S', 480, true],
  ['ikco', 'samand', 'سمند LX EF7', 600, true],
  ['ikco', 'dena-plus', 'دنا پلاس توربو', 1100, true],
  ['ikco', 'runna', 'رانا پلاس', 700, true],
  ['mvm', 'x22', 'ام‌وی‌ام X22', 900, false],
  ['chery', 'tiggo-7', 'چری تیگو ۷', 2200, false],
  ['hyundai', 'elantra', 'هیوندای النترا', 2500, false],
  ['toyota', 'camry', 'تویوتا کمری', 4000, false],
  ['mazda', '3', 'مزدا ۳', 1500, false],
] as const;
const CAR_COLORS = ['سفید', 'مشکی', 'نقره‌ای', 'خاکستری', 'نوک‌مدادی', 'سفید صدفی', 'قرمز'];

/** [brand slug, model (brand_model suffix), Persian title, base price in million Toman] */
export const PHONE_MODELS = [
  ['samsung', 'galaxy a54', 'سامسونگ Galaxy A54', 17],
  ['samsung', 'galaxy a34', 'سامسونگ Galaxy A34', 13],
  ['samsung', 'galaxy s23 ultra', 'سامسونگ Galaxy S23 Ultra', 75],
  ['samsung', 'galaxy a14', 'سامسونگ Galaxy A14', 7],
  ['apple', 'iphone 13', 'آیفون ۱۳', 45],
  ['apple', 'iphone 14 pro', 'آیفون ۱۴ پرو', 80],
  ['apple', 'iphone 15 pro max', 'آیفون ۱۵ پرو مکس', 110],
  ['xiaomi', 'redmi note 12', 'شیائومی Redmi Note 12', 9],
  ['xiaomi', 'poco x5', 'شیائومی Poco X5', 12],
] as const;
const STATUS_FACTOR: Record<GoodsStatus, number> = {
  new: 1,
  'like-new': 0.85,
  used: 0.65,
  'repair-needed': 0.3,
};

/** Facts of a car (category light). */
export function drawCarFacts(ctx: FactContext): CategoryFacts {
  const { rng } = ctx;
  const [brand, model, name, basePrice, domestic] = rng.pick(CAR_MODELS);
  const age = rng.weighted([
    [0, 8],
    [rng.int(1, 5), 45],
    [rng.int(6, 19), 47],
  ] as const);
  const productionYear = ctx.jalaliYear - 1 - age + (age === 0 ? 1 : 0);
  const usage = age === 0 ? 0 : Math.round((age * rng.int(8, 25) * 1000) / 1000) * 1000;
  const price = rng.chance(0.05)
    ? undefined
    : roundPrice(
        basePrice * 1_000_000 * Math.max(0.35, 1 - 0.035 * age) * (0.9 + rng.next() * 0.2),
      );
  const gearbox = domestic && rng.chance(0.8) ? 'دنده‌ای' : 'اتوماتیک';
  const color = rng.pick(CAR_COLORS);
  return {
    businessType: rng.chance(0.85) ? 'personal' : 'premium-panel',
    title: `${name}، مدل ${toPersianDigits(productionYear)}`,
    description: `${name} مدل ${toPersianDigits(productionYear)}، رنگ ${color}، ${gearbox}.\nبدون رنگ، فنی سالم. قیمت کارشناسی.`,
    price,
    productionYear,
    usage,
    brand,
    brandModel: `${brand} ${model.replace(/-/g, ' ')}`,
    color,
    gearbox,
    photoCount: rng.chance(0.9) ? rng.int(1, 12) : 0,
  };
}

/** Facts of a mobile phone. */
export function drawPhoneFacts(ctx: FactContext): CategoryFacts {
  const { rng } = ctx;
  const [brand, model, name, basePrice] = rng.pick(PHONE_MODELS);
  const storage = rng.pick([64, 128, 256, 512]);
  const status = rng.weighted([
    ['new', 25],
    ['like-new', 30],
    ['used', 40],
    ['repair-needed', 5],
  ] as const);
  const isShop = rng.chance(0.15);
  return {
    businessType: isShop ? 'premium-panel' : 'personal',
    isShop,
    title: `${name} ${toPersianDigits(storage)} گیگ`,
    description: `${name} با حافظهٔ ${toPersianDigits(storage)} گیگابایت.\nبا جعبه و لوازم جانبی. فقط فروش.`,
    price: rng.chance(0.05)
      ? undefined
      : roundPrice(basePrice * 1_000_000 * STATUS_FACTOR[status] * (storage / 128) ** 0.3),
    brand,
    brandModel: `${brand} ${model}`,
    status,
    storage,
    photoCount: rng.chance(0.8) ? rng.int(1, 6) : 0,
  };
}

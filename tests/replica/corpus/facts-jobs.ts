import type { ListingCategory } from '../data/categories.ts';
import { type CategoryFacts, type FactContext, roundPrice } from './facts-common.ts';

const ROLES: Partial<Record<ListingCategory, readonly string[]>> = {
  'administration-and-hr': ['منشی', 'کارمند اداری', 'مسئول دفتر', 'کارشناس منابع انسانی'],
  'computer-and-it': ['برنامه‌نویس فرانت‌اند', 'برنامه‌نویس بک‌اند', 'کارشناس شبکه', 'طراح UI/UX'],
  'sales-marketing': ['بازاریاب', 'کارشناس فروش', 'ویزیتور', 'کارشناس دیجیتال مارکتینگ'],
  'accounting-finance-legal': ['حسابدار', 'کارشناس مالی', 'وکیل پایه یک', 'کمک حسابدار'],
};

/** Facts of a job ad in one of the jobs sub-categories. */
export function drawJobFacts(ctx: FactContext, category: ListingCategory): CategoryFacts {
  const { rng } = ctx;
  const role = rng.pick(ROLES[category] ?? ['کارمند']);
  const jobType = rng.weighted([
    ['تمام وقت', 70],
    ['پاره وقت', 20],
    ['دورکاری', 10],
  ] as const);
  const experience = rng.pick(['بدون نیاز به سابقه', 'حداقل ۱ سال', 'حداقل ۲ سال', 'حداقل ۳ سال']);
  const salary = rng.chance(0.5) ? undefined : roundPrice(rng.int(15, 60) * 1_000_000);
  return {
    businessType: 'personal',
    title: rng.pick([`استخدام ${role}`, `نیازمند ${role}`, `دعوت به همکاری ${role}`]),
    description: `به یک ${role} ${jobType} نیازمندیم.\nسابقه: ${experience}\nحقوق ${salary === undefined ? 'توافقی' : 'ثابت'}، بیمه از روز اول.\nلطفا رزومه ارسال کنید.`,
    salary,
    jobType,
    experience,
    insurance: rng.chance(0.6),
    photoCount: rng.chance(0.3) ? 1 : 0,
  };
}

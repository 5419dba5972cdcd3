import { htmlResponse, type ReplicaResponse } from '../server/http-types.ts';
import { navBar, renderPage } from './html.ts';

const LINKS: [string, string][] = [
  ['/s/tehran', 'همهٔ آگهی‌های تهران'],
  ['/s/tehran/buy-apartment', 'فروش آپارتمان در تهران'],
  ['/s/tehran/rent-apartment', 'اجارهٔ آپارتمان در تهران'],
  ['/s/tehran/buy-apartment/saadat-abad?elevator=true', 'فروش آپارتمان آسانسوردار در سعادت‌آباد'],
  ['/s/karaj/buy-apartment', 'فروش آپارتمان در کرج'],
  ['/s/mashhad/car', 'خودرو سواری در مشهد'],
  ['/s/isfahan/mobile-phones', 'موبایل در اصفهان'],
  ['/s/shiraz/jobs', 'استخدام در شیراز'],
  ['/v/gammaxvi', 'نمونهٔ واقعی: آپارتمان هروی'],
  ['/v/gaxWZCEz', 'نمونهٔ واقعی: استخدام منشی'],
];

/** The home page: links to a few search pages and the two real sample posts. */
export function renderHomePage(): ReplicaResponse {
  const links = LINKS.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('');
  const app = `${navBar()}<main><h1 class="kt-page-title__title">دیوار (نسخهٔ محلی برای آزمون)</h1><ul class="home-links">${links}</ul></main>`;
  return htmlResponse(
    200,
    renderPage({ title: 'دیوار', app, state: { httpError: { is404: false } } }),
  );
}

import { ON_DIVAR_IDLE, writeExtension } from './baseline-extension';

// The same job as our content script on a search page, done the shortest way: report the page,
// show one button, read every card's link, title and price, ask the worker about the tokens,
// and draw a badge (closed shadow root) on each card in or near the viewport.
const MINIMAL_BADGES = `const CARD = 'article.unsafe-kt-post-card, div.post-card-item, .kt-post-card';
chrome.runtime.sendMessage({ type: 'pageSeen', url: location.href }).catch(() => undefined);
const bar = document.createElement('bench-toolbar');
bar.attachShadow({ mode: 'closed' }).innerHTML =
  '<style>:host { position: fixed; bottom: 16px; left: 16px; }</style><button type="button">Fetch all</button>';
document.body.append(bar);
const ascii = (text) => text.replace(/[\\u06F0-\\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
const facts = new Map();
for (const card of document.querySelectorAll(CARD)) {
  const href = card.querySelector('a[href*="/v/"]')?.getAttribute('href') ?? '';
  const title = ascii(card.querySelector('h2')?.textContent ?? '');
  const priced = [...card.querySelectorAll('[class*="description"]')].find((d) => d.textContent.includes('\\u062a\\u0648\\u0645\\u0627\\u0646'));
  const price = Number(ascii(priced?.textContent ?? '').replace(/\\D/g, ''));
  const size = Number(/(\\d+)\\s*\\u0645\\u062a\\u0631/.exec(title)?.[1]);
  facts.set(card, { token: href.split('/').pop(), perMetre: price && size ? price / size : 0 });
}
const tokens = [...facts.values()].map((f) => f.token);
chrome.runtime.sendMessage({ type: 'pageKnownTokens', tokens }).catch(() => undefined);
const drawn = new WeakSet();
const observer = new IntersectionObserver((entries) => {
  for (const { target, isIntersecting } of entries) {
    if (!isIntersecting || drawn.has(target)) continue;
    drawn.add(target);
    const host = document.createElement('bench-badge');
    host.setAttribute('style', 'display:block;height:22px;margin:4px 0;overflow:hidden;');
    host.attachShadow({ mode: 'closed' }).innerHTML =
      '<style>span { font: 12px/18px Tahoma, sans-serif; padding: 1px 8px; border-radius: 999px; background: #fbeaea; }</style><span>' +
      Math.round(facts.get(target).perMetre / 1e6) + ' M/m2</span>';
    target.append(host);
  }
}, { rootMargin: '800px 0px' });
for (const card of facts.keys()) observer.observe(card);
`;

/**
 * An extension that does what ours does on a search page in the fewest lines (see MINIMAL_BADGES):
 * the floor of the feature itself on a page, beside the one-button floor of any extension.
 */
export function buildMinimalBadgesExtension(): string {
  return writeExtension(
    'bench-minimal-badges-',
    {
      name: 'bench minimal badges',
      background: { service_worker: 'sw.js' },
      content_scripts: [{ ...ON_DIVAR_IDLE, js: ['badges.js'] }],
    },
    {
      'sw.js':
        'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ fetched: [], collected: [], exported: [] }); });\n',
      'badges.js': MINIMAL_BADGES,
    },
  );
}

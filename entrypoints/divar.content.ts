import { reportPage } from '@/lib/content/report-page';

export default defineContentScript({
  matches: ['https://divar.ir/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const report = () => void reportPage(location.href, send, console.debug);
    report();
    // divar.ir navigates in-page (filters, map moves, opening posts): report every new URL.
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});

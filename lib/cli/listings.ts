import { listingsFromResponse } from '../divar/listing/from-response';
import type { Listing, UnknownWidget } from '../divar/listing/types';
import type { CliResult } from './payload';

const USAGE = 'usage: npm run -s listings -- <saved response.json> [--recommendations]';

function describeUnknown(widget: UnknownWidget, token?: string): string {
  const where = [token, widget.section].filter(Boolean).join(' ');
  const excerpt = widget.excerpt ? ` "${widget.excerpt}"` : '';
  return `not understood: ${where ? `${where} ` : ''}${widget.widgetType}${excerpt}\n`;
}

// Print order of a Listing's keys (the model's own order), so lines read alike whatever filled them.
// biome-ignore format: a table, grouped by meaning.
const KEY_ORDER: readonly (keyof Listing)[] = [
  'token', 'url', 'source', 'title', 'category', 'city', 'cityId', 'district', 'districtId',
  'price', 'isNegotiable', 'deposit', 'monthlyRent', 'size', 'rooms', 'floor', 'totalFloors',
  'yearBuilt', 'pricePerSquareMetre', 'hasElevator', 'hasParking', 'hasStorage', 'hasBalcony',
  'features', 'mileageKm', 'sellerType', 'sellerName', 'imageCount', 'hasChat', 'imageUrls',
  'location', 'publishedAt', 'bumpedAt', 'updatedAt', 'sortDate', 'description', 'tags', 'facts',
  'unknownWidgets',
];

function jsonLine(listing: Listing): string {
  const ordered = Object.fromEntries(KEY_ORDER.map((key) => [key, listing[key]]));
  return `${JSON.stringify({ ...ordered, ...listing })}\n`;
}

function parseArgs(args: string[]) {
  const isRecommendations = args.includes('--recommendations');
  const rest = args.filter((arg) => arg !== '--recommendations');
  const [path] = rest;
  if (rest.length !== 1 || !path || path.startsWith('--')) return undefined;
  return { path, isRecommendations };
}

/**
 * `listings`: reads a saved divar web API response (search page, posts-v2 post or legacy v8 post),
 * prints its listings as JSON lines (`--recommendations`: the "آگهی‌های مشابه" cards instead) and
 * the widgets it did not understand on stderr. Exit 1 for an unreadable file or invalid JSON,
 * 2 for JSON that is none of those responses.
 */
export function runListings(args: string[], readFile: (path: string) => string): CliResult {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs) return { stdout: '', stderr: `${USAGE}\n`, code: 2 };
  const { path, isRecommendations } = parsedArgs;
  let json: unknown;
  try {
    json = JSON.parse(readFile(path));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    return { stdout: '', stderr: `${path} ${why}: ${(error as Error).message}\n`, code: 1 };
  }
  const result = listingsFromResponse(json);
  if (!result.ok) return { stdout: '', stderr: `${path}: ${result.reason}\n`, code: 2 };
  const printed: Listing[] = isRecommendations ? result.recommendations : result.listings;
  const stderr = [
    ...result.unknown.map((widget) => describeUnknown(widget)),
    ...[...result.listings, ...result.recommendations].flatMap((listing) =>
      listing.unknownWidgets.map((widget) => describeUnknown(widget, listing.token)),
    ),
  ];
  for (const entry of result.drift.skipped)
    stderr.push(`skipped ${entry.path}: seen ${entry.seen}, expected ${entry.expected}\n`);
  if (result.kind === 'search')
    stderr.push(
      `search page: ${result.listings.length} listings, ${result.recommendations.length} recommendations\n`,
    );
  return {
    stdout: printed.map(jsonLine).join(''),
    stderr: stderr.join(''),
    code: 0,
  };
}

import type { Lang } from '../i18n';
import type { ExportColumn } from './columns';

/** Rows deflated between two progress reports. */
export const BATCH = 2000;

/** The sheet's name in each header language. */
export const SHEET_NAME: Record<Lang, string> = { fa: 'آگهی‌ها', en: 'Listings' };

const AMOUNT_KEYS = new Set([
  'price',
  'pricePerSquareMetre',
  'deposit',
  'monthlyRent',
  'mileageKm',
]);
const WIDTHS: Record<string, number> = { title: 40, url: 36, description: 60, imageUrls: 60 };

/** The cell style of a number in `column`: 2 is an amount with thousands separators, 0 none. */
export function styleOf(column: ExportColumn): number {
  return AMOUNT_KEYS.has(column.key) ? 2 : 0;
}

/** Excel's column letters: A…Z, AA…. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// Styles: 0 plain, 1 bold header, 2 amount «#,##0», 3 date «yyyy-mm-dd hh:mm» (Tehran time).
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="100" formatCode="#,##0"/><numFmt numFmtId="101" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="100" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="101" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/**
 * The fixed parts of the workbook: the files before the sheet, and the sheet's XML before and
 * after its rows (right-to-left view, frozen header, column widths, auto-filter over `rows`).
 */
export function sheetParts(columns: readonly ExportColumn[], rows: number, lang: Lang) {
  const letters = columns.map((_c, j) => columnLetter(j));
  const last = `${letters.at(-1) ?? 'A'}${Math.max(rows, 1)}`;
  const sheet = SHEET_NAME[lang];
  const absolute = `'${sheet}'!$A$1:$${letters.at(-1) ?? 'A'}$${Math.max(rows, 1)}`;
  const widths = columns
    .map((c, j) => {
      const width = WIDTHS[c.key] ?? (c.kind === 'number' ? 16 : 14);
      return `<col min="${j + 1}" max="${j + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  const before: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${absolute}</definedName></definedNames></workbook>`,
    ],
    ['xl/styles.xml', STYLES],
  ];
  return {
    letters,
    before,
    sheetStart: `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView tabSelected="1" workbookViewId="0" rightToLeft="1"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${widths}</cols><sheetData>`,
    sheetEnd: `</sheetData><autoFilter ref="A1:${last}"/></worksheet>`,
  };
}

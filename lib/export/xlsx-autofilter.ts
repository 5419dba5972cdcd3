import type { Feature } from 'write-excel-file/universal';
import {
  getCellAddress,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** The range an auto-filter covers: the header row down to the last data row. */
export interface FilterRange {
  sheetName: string;
  rowCount: number;
  columnCount: number;
}

const SHEET_FILE = 'xl/worksheets/sheet{id}.xml';

// Only used when the library does not know the order; this is ECMA-376's CT_Worksheet order.
const WORKSHEET_ORDER = ['sheetData', 'sheetCalcPr', 'sheetProtection', 'autoFilter', 'mergeCells'];

/**
 * A write-excel-file feature (the library has no auto-filter of its own) that adds
 * `<autoFilter ref="A1:…"/>` to the sheet and Excel's hidden `_xlnm._FilterDatabase` name.
 */
export function autoFilterFeature({
  sheetName,
  rowCount,
  columnCount,
}: FilterRange): Feature<Blob> {
  const last = getCellAddress(Math.max(rowCount, 1) - 1, Math.max(columnCount, 1) - 1);
  const ref = `A1:${last}`;
  const absolute = `$A$1:${last.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
  const quotedSheet = `'${sheetName.replace(/'/g, "''")}'`;
  return {
    files: {
      transform: {
        [SHEET_FILE]: {
          transform: (xml: string) =>
            xml.includes('<autoFilter')
              ? xml
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  `<autoFilter ref="${ref}"/>`,
                  getOrderOfSiblings(SHEET_FILE, 'worksheet') ?? WORKSHEET_ORDER,
                  'worksheet',
                ),
        },
        'xl/workbook.xml': {
          transform: (xml: string) =>
            xml.includes('_xlnm._FilterDatabase')
              ? xml
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${sanitizeTextContent(`${quotedSheet}!${absolute}`)}</definedName>`,
                  ['definedName'],
                  'definedNames',
                  'workbook',
                ),
        },
      },
    },
  };
}

import type { ExportTextKey } from './fa';

/** English words of the Parquet and JSONL exports and the export progress. */
export const exportEn: Record<ExportTextKey, string> = {
  parquet: 'Parquet (for data analysis)',
  jsonl: 'JSON Lines (one listing per line)',
  progress: 'Making the {format} file: {done} of {total} listings',
  starting: 'Preparing the {format} file…',
  cancel: 'Cancel export',
  cancelled: 'Export cancelled; no file was saved.',
  dictionary:
    "Parquet and JSON Lines come with a data dictionary (each column's meaning, unit and source) as a JSON file.",
};

/** One field of divar's answer that was not understood, and how often it was seen so. */
export interface DriftEntry {
  /** Where, with list positions folded (`list_widgets[POST_ROW].data.image_count`). */
  path: string;
  /** The JSON type seen there (`string`, `object`, `array`, `null`, `missing`…). */
  seen: string;
  /** What the reader expected there. */
  expected: string;
  count: number;
}

/** What a reader skipped in one or more divar answers; empty when everything was understood. */
export interface DriftReport {
  skipped: DriftEntry[];
  /** Widgets of types the reader does not know (kept aside, never fatal). */
  unknownWidgets: number;
  /** Keys no reader names (new in divar's answer, or not needed): ignored, counted. */
  unknownKeys?: number;
}

/** Distinct entries a report keeps; further ones only add to the last entry's count. */
export const MAX_DRIFT_ENTRIES = 50;

/** A report with nothing in it. */
export const emptyDrift = (): DriftReport => ({ skipped: [], unknownWidgets: 0 });

/** How many fields a report says were skipped, counting repeats. */
export function skippedCount(report: DriftReport | undefined): number {
  return (report?.skipped ?? []).reduce((sum, entry) => sum + entry.count, 0);
}

/** Adds one skipped field to a report (in place), folding repeats of the same path and type. */
export function addSkipped(report: DriftReport, entry: Omit<DriftEntry, 'count'>, count = 1): void {
  const same = report.skipped.find((e) => e.path === entry.path && e.seen === entry.seen);
  if (same) same.count += count;
  else if (report.skipped.length < MAX_DRIFT_ENTRIES) report.skipped.push({ ...entry, count });
  else {
    const last = report.skipped.at(-1);
    if (last) last.count += count;
  }
}

/** Two reports as one (neither is changed). */
export function mergeDrift(a: DriftReport | undefined, b: DriftReport | undefined): DriftReport {
  const out: DriftReport = { skipped: [], unknownWidgets: 0 };
  for (const report of [a, b]) {
    if (!report) continue;
    out.unknownWidgets += report.unknownWidgets;
    if (report.unknownKeys) out.unknownKeys = (out.unknownKeys ?? 0) + report.unknownKeys;
    for (const entry of report.skipped) addSkipped(out, entry, entry.count);
  }
  return out;
}

/**
 * The report as plain text a user can paste into a bug report: paths, types and counts only,
 * never a value from the answer (so no session, number or personal text can leak).
 */
export function driftDiagnostics(report: DriftReport, context: string): string {
  const lines = [`Divar Actions: fields of divar's answer not understood (${context})`];
  for (const entry of report.skipped)
    lines.push(`${entry.path}: seen ${entry.seen}, expected ${entry.expected} (×${entry.count})`);
  lines.push(`unknown widget types: ${report.unknownWidgets}`);
  if (report.unknownKeys !== undefined) lines.push(`keys no reader names: ${report.unknownKeys}`);
  return lines.join('\n');
}

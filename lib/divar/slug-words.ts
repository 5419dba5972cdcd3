/** A URL slug as English words: `house-villa` → "House villa", `bandar-abbas` → "Bandar abbas". */
export function slugWords(slug: string): string {
  const words = slug.split(/[-_]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

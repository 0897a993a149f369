// File sizes written in the reader's language: "1.5 MB", "820 kB", "12 byte" per the locale's own
// unit words and digit grouping (Intl), in steps of 1024 as file managers show them.
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `bytes` in the largest unit that keeps the number at 1 or more, one decimal at most. */
export function formatSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], maximumFractionDigits: digits }).format(value);
}

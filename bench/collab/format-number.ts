// Number formatting for the printed report.

/** `value` with `digits` decimals, or an en dash when there is no figure. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

// Records are stored as JSON text. Dates keep their type as {"$$date": ms} (NeDB's own encoding,
// so migrated lines need no rewriting), which SQL can also compare through that key.
export const DATE_KEY = '$$date';

function encodeDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // JSON.stringify has already applied Date#toJSON to `value`; the raw value is still on the holder.
  const raw = this[key];
  return raw instanceof Date ? { [DATE_KEY]: raw.getTime() } : value;
}

function decodeDates(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const date = (value as Record<string, unknown>)[DATE_KEY];
  return typeof date === 'number' && Object.keys(value).length === 1 ? new Date(date) : value;
}

export function encodeRecord(record: object): string {
  return JSON.stringify(record, encodeDates);
}

export function decodeRecord<T>(text: string): T {
  // Most records hold no date; skipping the reviver for them keeps parsing at JSON.parse speed.
  return (text.includes(`"${DATE_KEY}"`) ? JSON.parse(text, decodeDates) : JSON.parse(text)) as T;
}

// A listing's structured fields packed as a short row of small integers, so scoring reads one
// contiguous slice of memory instead of chasing object pointers (at 100,000 listings, cache misses
// are most of the cost). Layout: fixed header, then the sector codes, then the region codes.
export const ROW = {
  category: 0,
  size: 1,
  stage: 2,
  home: 3,
  /** How many certifications the listing asks for (the keys themselves stay on the object). */
  wanted: 4,
  isNeed: 5,
  sectorCount: 6,
  /** Sectors start here; the region count follows them, then the regions. */
  sectors: 7,
} as const;

/** A view of one row inside a shared array. */
export interface Row {
  data: Int16Array;
  at: number;
}

export interface RowFields {
  category: number;
  size: number;
  stage: number;
  home: number;
  wanted: number;
  isNeed: boolean;
  sectors: readonly number[];
  regions: readonly number[];
}

export function packRow(fields: RowFields): Int16Array {
  const { sectors, regions } = fields;
  const row = new Int16Array(ROW.sectors + sectors.length + 1 + regions.length);
  row[ROW.category] = fields.category;
  row[ROW.size] = fields.size;
  row[ROW.stage] = fields.stage;
  row[ROW.home] = fields.home;
  row[ROW.wanted] = fields.wanted;
  row[ROW.isNeed] = fields.isNeed ? 1 : 0;
  row[ROW.sectorCount] = sectors.length;
  row.set(sectors, ROW.sectors);
  row[ROW.sectors + sectors.length] = regions.length;
  row.set(regions, ROW.sectors + sectors.length + 1);
  return row;
}

export const field = (row: Row, offset: number) => row.data[row.at + offset];
export const sectorCount = (row: Row) => row.data[row.at + ROW.sectorCount];
export const sectorAt = (row: Row, i: number) => row.data[row.at + ROW.sectors + i];
export const regionCount = (row: Row) => row.data[row.at + ROW.sectors + sectorCount(row)];
export const regionAt = (row: Row, i: number) => row.data[row.at + ROW.sectors + sectorCount(row) + 1 + i];

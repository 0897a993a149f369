// File sizes in the reader's language, in steps of 1024.
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../client/src/dataroom/format-size.ts';

describe('file sizes', () => {
  it('picks the largest unit that keeps the number at one or more', () => {
    expect(formatSize(0, 'en')).toBe('0 byte');
    expect(formatSize(900, 'en')).toBe('900 byte');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatSize(2 * 1024 ** 3, 'en')).toBe('2 GB');
  });

  it('drops the decimal from 100 up and groups digits per locale', () => {
    expect(formatSize(123.4 * 1024 * 1024, 'en')).toBe('123 MB');
    expect(formatSize(1500 * 1024 ** 4, 'en')).toBe('1,500 TB');
  });

  it('writes the units of each Chinese locale', () => {
    expect(formatSize(1536, 'zh-Hans')).toBe(new Intl.NumberFormat('zh-Hans', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(1.5));
    expect(formatSize(3 * 1024 * 1024, 'zh-Hant')).toMatch(/^3\s?MB$/);
  });
});

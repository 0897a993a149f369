// The viewer's watermark: its text names the viewer and the time, and its copies cover the page.
import { describe, expect, it } from 'vitest';
import { WATERMARK_ANGLE, watermarkText, watermarkTiles } from '../../../client/src/dataroom/watermark.ts';

const viewer = { name: '陳美玲', email: 'meiling@bay.example' };
const at = new Date('2026-12-03T01:30:00Z');

describe('watermark', () => {
  it('names the viewer, their e-mail and the time, in the reader’s language', () => {
    const english = watermarkText(viewer, at, 'en');
    expect(english).toContain('陳美玲');
    expect(english).toContain('meiling@bay.example');
    expect(english).toContain('2026');
    const chinese = watermarkText(viewer, at, 'zh-Hans');
    expect(chinese).toContain('2026年');
    expect(chinese).not.toBe(english);
  });

  it('covers every corner of the page, however tall or wide', () => {
    for (const [width, height] of [
      [600, 800],
      [1600, 400],
      [390, 2000],
    ]) {
      const tiles = watermarkTiles(width, height, 240, 15);
      // Each corner, in the rotated frame the tiles live in, lies within some copy's row and span.
      const corners = [
        [-width / 2, -height / 2],
        [width / 2, -height / 2],
        [-width / 2, height / 2],
        [width / 2, height / 2],
      ].map(([x, y]) => ({
        x: x * Math.cos(-WATERMARK_ANGLE) - y * Math.sin(-WATERMARK_ANGLE),
        y: x * Math.sin(-WATERMARK_ANGLE) + y * Math.cos(-WATERMARK_ANGLE),
      }));
      for (const corner of corners) {
        const rowNear = tiles.some((tile) => Math.abs(tile.y - corner.y) <= 15 * 4 && tile.x <= corner.x && corner.x <= tile.x + 240 + 45);
        expect(rowNear, `${width}×${height} corner ${corner.x.toFixed(0)},${corner.y.toFixed(0)}`).toBe(true);
      }
    }
  });

  it('repeats the text many times across a page', () => {
    expect(watermarkTiles(600, 800, 240, 15).length).toBeGreaterThan(20);
  });
});

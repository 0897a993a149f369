// The viewer's watermark: who is looking and when, drawn diagonally across every rendered page on
// the page's own canvas, so any screenshot or photo of the page carries it.

export interface Viewer {
  name: string;
  email: string;
}

/** One line naming the viewer and the moment, in the reader's language. */
export function watermarkText(viewer: Viewer, at: Date, locale: string): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return `${viewer.name} · ${viewer.email} · ${when}`;
}

export interface Tile {
  x: number;
  y: number;
}

/** The watermark's angle: rising to the right, as on a printed "confidential" stamp. */
export const WATERMARK_ANGLE = -Math.PI / 6;

/**
 * Where to draw the text, in the rotated frame centred on the page, so the copies cover the whole
 * page whatever its shape: rows a few text heights apart, each row shifted by half a copy from the
 * one before (a brick pattern reads better than a grid and leaves no clean column to crop).
 */
export function watermarkTiles(width: number, height: number, textWidth: number, lineHeight: number): Tile[] {
  const reach = Math.hypot(width, height) / 2;
  const stepX = textWidth + lineHeight * 3;
  const stepY = lineHeight * 4;
  const tiles: Tile[] = [];
  for (let row = 0, y = -reach; y <= reach; row += 1, y += stepY) {
    const shift = row % 2 === 0 ? 0 : stepX / 2;
    for (let x = -reach - stepX + shift; x <= reach; x += stepX) tiles.push({ x, y });
  }
  return tiles;
}

/** Draws `text` over the whole canvas, semi-transparent; `scale` is the canvas pixels per CSS pixel. */
export function drawWatermark(context: CanvasRenderingContext2D, text: string, scale: number): void {
  const { width, height } = context.canvas;
  const lineHeight = Math.round(15 * scale);
  context.save();
  context.font = `600 ${lineHeight}px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
  context.fillStyle = 'rgba(170, 30, 45, 0.2)';
  context.textBaseline = 'middle';
  context.translate(width / 2, height / 2);
  context.rotate(WATERMARK_ANGLE);
  const textWidth = context.measureText(text).width;
  for (const tile of watermarkTiles(width, height, textWidth, lineHeight)) context.fillText(text, tile.x, tile.y);
  context.restore();
}

// What people do in a deal's Files tab, as Playwright steps: make a folder with its access, enter
// it, upload by the file picker or by dropping files, open a file, and read what the viewer drew.
import type { Page } from 'playwright-core';
import type { FolderRight } from '../../shared/schemas/dataroom.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { openDealRoom } from './deal-steps.ts';

export interface FileToSend {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function openFilesTab(page: Page, server: TestServer, dealId: string): Promise<void> {
  await openDealRoom(page, server, dealId, 'files');
  await page.locator('.files-view[data-ready="true"]').waitFor();
}

/** Creates a folder from the form; `rights` maps each audience key (`org:<id>`, `advisers`, `managers`) to its rights. */
export async function createFolder(page: Page, name: string, rights: Record<string, FolderRight[]>): Promise<void> {
  await page.locator('.files-head .new-folder').click();
  const form = page.locator('form.folder-form');
  await form.locator('input').first().fill(name);
  for (const [audience, granted] of Object.entries(rights)) {
    // Unchecking view first clears the rest; then each wanted right (which checks view again).
    await form.locator(`tr[data-audience="${audience}"] input[data-right="view"]`).setChecked(false);
    for (const right of granted) await form.locator(`tr[data-audience="${audience}"] input[data-right="${right}"]`).setChecked(true);
  }
  await form.locator('button[type="submit"]').click();
  await page.locator('.crumbs [aria-current="location"]', { hasText: name }).waitFor();
}

export async function enterFolder(page: Page, name: string): Promise<void> {
  await page.locator('.folder-open', { hasText: name }).click();
  await page.locator('.crumbs [aria-current="location"]', { hasText: name }).waitFor();
}

export async function chooseFiles(page: Page, files: FileToSend[]): Promise<void> {
  await page.locator('[data-testid="file-picker"]').setInputFiles(files);
}

/** Drags files from outside the browser onto the folder view and drops them; `beforeDrop` sees the hovering state. */
export async function dropFiles(page: Page, files: FileToSend[], beforeDrop?: () => Promise<void>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((sent) => {
    const transfer = new DataTransfer();
    for (const file of sent) {
      const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.mimeType }));
    }
    return transfer;
  }, files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') })));
  await page.dispatchEvent('.drop-zone', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
  await beforeDrop?.();
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
}

export async function waitForUploaded(page: Page, name: string): Promise<void> {
  await page.locator(`.upload[data-name="${name}"][data-state="done"]`).waitFor();
  await page.locator(`.file-row[data-file="${name}"]`).waitFor();
}

export async function openFile(page: Page, name: string): Promise<void> {
  await page.locator(`.file-row[data-file="${name}"] .file-open`).click();
  await page.locator(`.file-details[data-file="${name}"]`).waitFor();
}

export interface CanvasReading {
  watermark: string;
  width: number;
  /** Pixels of the page's own dark ink. */
  dark: number;
  /** Pixels tinted by the watermark's red (not white, not grey, not dark). */
  tinted: number;
}

/** Waits until the viewer has drawn a page with a watermark naming `email`, then counts its pixels. */
export async function readViewerCanvas(page: Page, email: string): Promise<CanvasReading> {
  const canvas = page.locator(`.file-viewer canvas.page[data-watermark*="${email}"]`);
  await canvas.waitFor();
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    let tinted = 0;
    for (let index = 0; index < data.length; index += 4) {
      const [red, green, blue] = [data[index], data[index + 1], data[index + 2]];
      if (red < 90 && green < 90 && blue < 120) dark += 1;
      else if (red - blue > 12 && red - green > 12) tinted += 1;
    }
    return { watermark: element.dataset.watermark ?? '', width: element.width, dark, tinted };
  });
}

/** The status and error code the download route answers this page's session. */
export async function tryDownload(page: Page, dealId: string, fileId: string): Promise<{ status: number; error: string | null }> {
  return page.evaluate(async (path) => {
    const response = await fetch(path, { credentials: 'same-origin' });
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { status: response.status, error: body?.error ?? null };
  }, `/api/deals/${dealId}/files/${fileId}/download`);
}

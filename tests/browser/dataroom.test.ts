// The data room in real Chromium, the issue's journey: an owner requires an NDA; the adviser
// accepts it and uploads a PDF into a folder that is view only for the parties; the other party
// sees it appear live, opens it, and finds it drawn with their own watermark and no way to
// download it (no link, and the download route answers 403). Then in 简体中文 on a phone: two
// files dropped at once with their progress, and a file past the size limit refused with the limit.
// Screenshots, desktop and 390 px, English and 简体中文: empty, with files, uploading, the viewer, a 413.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DataRoomView } from '../../shared/schemas/dataroom.ts';
import type { NdaGateView } from '../../shared/schemas/nda.ts';
import type { TestUser } from '../helpers/api.ts';
import { call } from '../listings/marketplace-helpers.ts';
import { browserSuite, PHONE } from './browser-suite.ts';
import { SKIP_REASON, skipBrowserTests } from './chromium.ts';
import { chooseFiles, createFolder, dropFiles, enterFolder, openFile, openFilesTab, readViewerCanvas, tryDownload, waitForUploaded } from './dataroom-steps.ts';
import { setUpDeal, type DealCast } from './deal-steps.ts';
import { minimalPdf } from './pdf-fixture.ts';

const FILE_MAX_BYTES = 2 * 1024 * 1024;

if (skipBrowserTests) console.warn(`[browser] data-room suite ${SKIP_REASON}`);

/** The owner requires an NDA over REST, and each named member accepts its current version. */
async function requireNda(url: string, cast: DealCast, accepting: TestUser[]): Promise<void> {
  const text = 'The parties keep everything in this data room confidential for three years.';
  const published = await call(url, cast.alice, 'POST', `/api/deals/${cast.deal.id}/nda`, { required: true, text, lang: 'en' });
  expect(published.status, JSON.stringify(published.body)).toBeLessThan(300);
  for (const member of accepting) {
    const gate = (await call<NdaGateView>(url, member, 'GET', `/api/deals/${cast.deal.id}/nda`)).body;
    if (!gate.current) throw new Error('no NDA published');
    const accepted = await call(url, member, 'POST', `/api/deals/${cast.deal.id}/nda/accept`, { version: gate.current.version, sha256: gate.current.sha256 });
    expect(accepted.status, JSON.stringify(accepted.body)).toBeLessThan(300);
  }
}

async function fileIdOf(url: string, user: TestUser, dealId: string, name: string): Promise<string> {
  const view = (await call<DataRoomView>(url, user, 'GET', `/api/deals/${dealId}/files`)).body;
  const file = view.files.find((entry) => entry.name === name);
  if (!file) throw new Error(`${name} is not listed`);
  return file.id;
}

/** Slows this page's uploads to `bytesPerSecond`, so progress can be seen between 0 and 100 %. */
async function throttleUploads(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
}

describe.skipIf(skipBrowserTests)(`the data room in the browser${skipBrowserTests ? ` (${SKIP_REASON})` : ''}`, () => {
  const suite = browserSuite('shots-fileui', { server: async () => ({ limits: { fileMaxBytes: FILE_MAX_BYTES } }) });

  it('an adviser’s PDF in a view-only folder reaches the other party watermarked, with no way to download it', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server);
    await requireNda(server.url, cast, [cast.bob, cast.carol]);
    const dealId = cast.deal.id;

    const owner = await suite.page(cast.alice);
    await openFilesTab(owner, server, dealId);
    await owner.locator('.files-empty').waitFor();
    await suite.shot(owner, 'files-empty-en-desktop');
    const folder = 'Audited accounts';
    await createFolder(owner, folder, {
      [`org:${cast.makerOrg.id}`]: ['view'],
      [`org:${cast.certifierOrg.id}`]: ['view'],
      advisers: ['upload'],
      managers: [],
    });

    const party = await suite.page(cast.bob);
    await openFilesTab(party, server, dealId);
    await enterFolder(party, folder);
    await party.locator('.files-empty').waitFor();
    // A folder the party may not upload into offers neither the picker nor a drop zone.
    expect(await party.locator('[data-testid="file-picker"], .drop-zone, .files-head .choose').count()).toBe(0);

    const adviser = await suite.page(cast.carol);
    await openFilesTab(adviser, server, dealId);
    await enterFolder(adviser, folder);
    const name = 'Audit report 2026.pdf';
    await chooseFiles(adviser, [{ name, mimeType: 'application/pdf', buffer: minimalPdf(['Audited accounts 2026', 'Notes to the accounts']) }]);
    await waitForUploaded(adviser, name);
    await suite.shot(adviser, 'files-with-file-en-desktop');

    // Live: the file shows up on the party's open page without a reload.
    await party.locator(`.file-row[data-file="${name}"]`).waitFor();
    await openFile(party, name);
    const drawn = await readViewerCanvas(party, cast.bob.user.email);
    expect(drawn.watermark).toContain(cast.bob.user.name);
    expect(drawn.width).toBeGreaterThan(300);
    expect(drawn.dark, 'the page’s own ink').toBeGreaterThan(10_000);
    expect(drawn.tinted, 'the watermark drawn on the canvas').toBeGreaterThan(1_000);
    await party.locator('.page-of', { hasText: 'Page 1 of 2' }).waitFor();
    await party.locator('.file-viewer .next').click();
    await party.locator('.file-viewer canvas.page[data-page="2"]').waitFor();
    await readViewerCanvas(party, cast.bob.user.email);
    await suite.shot(party, 'viewer-watermark-en-desktop');

    expect(await party.locator('a[href*="/download"], .download').count()).toBe(0);
    expect(await party.content()).not.toContain('/download');
    const fileId = await fileIdOf(server.url, cast.bob, dealId, name);
    expect(await tryDownload(party, dealId, fileId)).toEqual({ status: 403, error: 'view_only' });
    // The owner may download; their viewer offers the link. They are still in the folder they made.
    await owner.locator(`.file-row[data-file="${name}"]`).waitFor();
    await openFile(owner, name);
    await owner.locator('a.download').waitFor();
    expect((await tryDownload(owner, dealId, fileId)).status).toBe(200);
  });

  it('in 简体中文 on a phone: two dropped files with progress, a view with a watermark, and a file past the limit refused', { timeout: 120_000 }, async () => {
    const { server } = suite;
    const cast = await setUpDeal(server, '无人机巡检设备欧盟分销');
    const dealId = cast.deal.id;
    const look = { locale: 'zh-CN', viewport: PHONE };

    const owner = await suite.page(cast.alice, look);
    await openFilesTab(owner, server, dealId);
    await owner.locator('.files-empty').waitFor();
    await suite.shot(owner, 'files-empty-zh-hans-phone');
    await createFolder(owner, '尽职调查资料', {
      [`org:${cast.makerOrg.id}`]: ['view', 'download', 'upload'],
      [`org:${cast.certifierOrg.id}`]: ['view', 'download', 'upload'],
      advisers: ['view'],
      managers: ['view'],
    });
    await owner.locator('.files-empty', { hasText: '还没有文件——将文件拖放到这里或选择文件。' }).waitFor();

    const party = await suite.page(cast.bob, look);
    await openFilesTab(party, server, dealId);
    await enterFolder(party, '尽职调查资料');
    await throttleUploads(party, 256 * 1024);
    const first = '检测报告.pdf';
    const second = '工厂审核.pdf';
    await dropFiles(
      party,
      [
        { name: first, mimeType: 'application/pdf', buffer: minimalPdf(['Inspection report'], 1024 * 1024) },
        { name: second, mimeType: 'application/pdf', buffer: minimalPdf(['Factory audit'], 512 * 1024) },
      ],
      () => party.locator('.drop-zone.dragging .drop-hint').waitFor(),
    );
    // Progress between none and all, while both are listed in the queue.
    await party.waitForFunction(() => [...document.querySelectorAll<HTMLProgressElement>('.upload[data-state="sending"] progress')].some((bar) => bar.value > 0 && bar.value < 100));
    expect(await party.locator('.upload').count()).toBe(2);
    await suite.shot(party, 'uploading-zh-hans-phone');
    await waitForUploaded(party, first);
    await waitForUploaded(party, second);
    await suite.shot(party, 'files-with-files-zh-hans-phone');

    const tooLarge = '全部扫描件.pdf';
    await chooseFiles(party, [{ name: tooLarge, mimeType: 'application/pdf', buffer: minimalPdf(['Scans'], FILE_MAX_BYTES + 1024) }]);
    const refused = party.locator(`.upload[data-name="${tooLarge}"][data-state="failed"] .problem`);
    await refused.waitFor();
    expect(await refused.textContent()).toContain('文件过大：每个文件最多 2 MB');
    expect(await party.locator(`.upload[data-name="${tooLarge}"] .retry`).count()).toBe(0);
    await suite.shot(party, 'upload-413-zh-hans-phone');
    await refused.scrollIntoViewIfNeeded();

    await openFile(party, first);
    const drawn = await readViewerCanvas(party, cast.bob.user.email);
    expect(drawn.watermark).toContain('年');
    expect(drawn.dark).toBeGreaterThan(1_000);
    expect(await party.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await suite.shot(party, 'viewer-watermark-zh-hans-phone');
  });
});

// What a person does in the marketplace UI, as Playwright steps on one page: create an
// organisation, post a listing, open the inbox, act on a match.
import type { Locator, Page } from 'playwright-core';

export interface OrgInput {
  names: { en?: string; 'zh-Hant'?: string; 'zh-Hans'?: string };
  region: string;
  sectors: string[];
  size?: string;
  capabilities?: string;
}

export interface ListingInput {
  kind: 'need' | 'offer';
  category: string;
  title: string;
  description: string;
  sectors: string[];
  regions: string[];
  dealSize?: string;
  anonymous?: boolean;
}

export async function openSection(page: Page, name: 'Marketplace' | 'My matches' | 'Organisations' | 'Notes'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
}

async function tick(picker: Locator, codes: string[]): Promise<void> {
  for (const code of codes) await picker.locator(`input[type="checkbox"][value="${code}"]`).check();
}

/** Creates an organisation through the form; resolves on its page, returning its id. */
export async function createOrgInUi(page: Page, org: OrgInput): Promise<string> {
  await openSection(page, 'Organisations');
  await page.getByRole('link', { name: 'New organisation' }).first().click();
  await page.locator('form.org-form').waitFor();
  return submitOrgForm(page, org, org.names.en ?? '');
}

/** Fills the open organisation form and sends it, in any language; resolves on the new organisation's page (headed `heading`), returning its id. */
export async function submitOrgForm(page: Page, org: OrgInput, heading: string): Promise<string> {
  for (const [lang, name] of Object.entries(org.names)) await page.locator(`input[name="name-${lang}"]`).fill(name);
  await page.locator('select[name="region"]').selectOption(org.region);
  if (org.size) await page.locator('select[name="size"]').selectOption(org.size);
  await tick(page.locator('fieldset[data-field="sectors"]'), org.sectors);
  if (org.capabilities) await page.locator('input[name="capabilities"]').fill(org.capabilities);
  await page.locator('form.org-form button[type="submit"]').click();
  await page.waitForURL(/#\/orgs\/[A-Za-z0-9_-]+$/);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return new URL(page.url()).hash.replace('#/orgs/', '');
}

/** Fills the listing editor (already open) without submitting it. */
export async function fillListing(page: Page, listing: ListingInput): Promise<void> {
  await page.locator(`input[name="kind"][value="${listing.kind}"]`).check();
  await page.locator('select[name="category"]').selectOption(listing.category);
  await page.locator('input[name="title"]').fill(listing.title);
  await page.locator('textarea[name="description"]').fill(listing.description);
  await tick(page.locator('fieldset[data-field="sectors"]'), listing.sectors);
  await tick(page.locator('fieldset[data-field="regions"]'), listing.regions);
  if (listing.dealSize) await page.locator('select[name="dealSize"]').selectOption(listing.dealSize);
  if (listing.anonymous) await page.locator('input[name="anonymous"]').check();
}

export async function openListingEditor(page: Page): Promise<void> {
  await openSection(page, 'Marketplace');
  await page.getByRole('link', { name: 'Post a listing' }).first().click();
  await page.locator('form.listing-editor').waitFor();
}

export function publishButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Publish listing' });
}

/** Posts a listing through the editor; resolves on the listing's page. */
export async function postListing(page: Page, listing: ListingInput): Promise<void> {
  await openListingEditor(page);
  await fillListing(page, listing);
  await publishButton(page).click();
  await page.getByRole('heading', { level: 1, name: listing.title }).waitFor();
}

export function matchCard(page: Page, theirTitle: string): Locator {
  return page.locator('.match-card', { has: page.getByRole('link', { name: theirTitle }) });
}

/**
 * Starts watching the inbox for a card of the listing titled `title`; the returned function
 * resolves with the page's own clock reading (the host clock) when it appeared.
 */
export async function watchForMatchCard(page: Page, title: string): Promise<() => Promise<number>> {
  await page.evaluate((wanted) => {
    const found = () => [...document.querySelectorAll('.match-card a')].some((link) => link.textContent === wanted);
    const record = (at: number) => document.body.setAttribute('data-match-seen-at', String(at));
    new MutationObserver((_records, observer) => {
      if (!found()) return;
      record(Date.now());
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true });
  }, title);
  return async () => {
    const handle = await page.waitForFunction(() => document.body.getAttribute('data-match-seen-at'));
    return Number(await handle.jsonValue());
  };
}

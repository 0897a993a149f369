// What a person does in the Superconnector UI, as Playwright steps on one page.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { STRONG_PASSWORD } from '../helpers/api.ts';

export interface Person {
  name: string;
  email: string;
}

export function newPerson(name: string): Person {
  return { name, email: `${name.split(' ')[0].toLowerCase()}-${randomUUID().slice(0, 8)}@example.com` };
}

/** Fills and sends the sign-up form, in whatever language the page is in. */
export async function fillSignUp(page: Page, person: Person, password: string): Promise<void> {
  const form = page.locator('form', { has: page.locator('input[name="name"]') });
  await form.locator('input[name="name"]').fill(person.name);
  await form.locator('input[name="email"]').fill(person.email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

/** Signs up in English; resolves on the home page, which greets the new person and guides them. */
export async function signUp(page: Page, baseUrl: string, person: Person): Promise<void> {
  await page.goto(`${baseUrl}/#/sign-up`);
  await fillSignUp(page, person, STRONG_PASSWORD);
  await page.getByRole('heading', { name: `Welcome to Superconnector, ${person.name}` }).waitFor();
  await page.getByRole('heading', { name: 'Getting started' }).waitFor();
}

/** Opens "My notes" from the navigation. */
export async function openNotes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes' }).click();
  await page.getByRole('heading', { name: 'My notes' }).waitFor();
}

/** Creates a note from the list (opening it first) and returns its id once its editor has opened. */
export async function createNote(page: Page, title: string): Promise<string> {
  if (!page.url().endsWith('#/notes')) await openNotes(page);
  await page.getByPlaceholder('Untitled note').fill(title);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.waitForURL(/#\/notes\/[A-Za-z0-9_-]+$/);
  await page.locator('.note-text').waitFor();
  return new URL(page.url()).hash.replace('#/notes/', '');
}

export async function shareFromList(page: Page, noteId: string, email: string, access: 'read' | 'write'): Promise<void> {
  const item = page.locator(`.note-item[data-note-id="${noteId}"]`);
  await item.locator('summary').click();
  await item.getByPlaceholder('Colleague’s e-mail').fill(email);
  await item.locator('select[name="share-access"]').selectOption(access);
  await item.getByRole('button', { name: 'Share', exact: true }).click();
  await item.locator('.shares li', { hasText: email }).waitFor();
}

export async function openNoteFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title }).click();
  await page.locator('.note-text').waitFor();
}

export async function removeShareFromNotePage(page: Page, email: string): Promise<void> {
  await page.locator('.shares li', { hasText: email }).getByRole('button', { name: 'Remove' }).click();
  await page.locator('.shares li', { hasText: email }).waitFor({ state: 'detached' });
}

export async function shareFromNotePage(page: Page, email: string, access: 'read' | 'write'): Promise<void> {
  const panel = page.locator('.share-panel');
  await panel.getByPlaceholder('Colleague’s e-mail').fill(email);
  await panel.locator('select[name="share-access"]').selectOption(access);
  await panel.getByRole('button', { name: 'Share', exact: true }).click();
  await panel.locator('.shares li', { hasText: email }).getByText(access === 'write' ? 'Can edit' : 'Can read').waitFor();
}

/** Resolves once the editor's text contains `text` (caret labels count as text too). */
export async function waitForEditorText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('.note-text')?.textContent?.includes(wanted) ?? false, text);
}

export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.note-text').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

import type { Page } from 'playwright-core';

/** What the search dialog shows for a query. */
export interface DialogResults {
  /** Slug of the topic of each page result, in order (sections under a page are left out). */
  topics: string[];
  /** The status line (result count, corrections). */
  status: string;
}

/** Open the search dialog on the current page with Ctrl+K, unless it is open already. */
export async function openDialog(page: Page): Promise<void> {
  if (await page.locator('dialog[open]').count()) return;
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open] #search-input').waitFor();
}

/** Type a query into the open search dialog and read the results it shows for exactly that query. */
export async function searchInDialog(page: Page, query: string): Promise<DialogResults> {
  await page.locator('#search-input').fill(query);
  await page.locator(`#search-status[data-query="${query.trim().replace(/"/g, '\\"')}"]`).waitFor({ timeout: 10_000 });
  const topics = await page
    .locator('#search-results > [role="option"][data-page]')
    .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset['page'] ?? ''));
  return { topics, status: await page.locator('#search-status').innerText() };
}

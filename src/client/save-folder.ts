import { LIST_SEGMENT } from '../lib/paging.ts';
import { askToKeep, saveFile, savedCache } from './offline-cache.ts';

/**
 * A folder's page (a course): "Save this course for offline" saves every page of the folder and
 * its sub-folders (in the cache of saved files, where the service worker finds them offline), and
 * the images each page shows at this screen's size (fetched through the service worker, which
 * keeps them in its image cache). A student need not wait for the whole site to be saved in the
 * background (src/client/offline-saver.ts) to take one course offline. Progress shows as
 * it goes; the page stays usable meanwhile (a few requests at a time).
 */
const saveButton = document.querySelector<HTMLButtonElement>('[data-save-folder]');
const saveStatus = document.getElementById('save-folder-status');

/** Requests at a time: enough to be quick, few enough to leave the page and the network responsive. */
const PARALLEL = 4;

if (saveButton && saveStatus && 'serviceWorker' in navigator) {
  saveButton.hidden = false;
  saveButton.addEventListener('click', () => {
    saveButton.disabled = true;
    void saveFolder(saveStatus).finally(() => {
      saveButton.disabled = false;
    });
  });
}

async function saveFolder(status: HTMLElement): Promise<void> {
  await navigator.serviceWorker.ready;
  const cache = await savedCache();
  askToKeep();
  if (cache) await saveFile(cache, location.href.replace(/[?#].*$/, ''));
  const pages = await folderPages(cache, document, location.href);
  let done = 0;
  let images = 0;
  let failed = 0;
  const show = (): void => {
    status.textContent = `Saving for offline: ${done} of ${pages.length} pages`;
  };
  show();
  await inBatches(pages, async (url) => {
    try {
      const html = await savedText(cache, url);
      if (html === undefined) throw new Error(`${url} is not saved`);
      const page = new DOMParser().parseFromString(html, 'text/html');
      for (const image of imagesOf(page, url)) {
        const saved = await fetch(image).then(
          (answer) => answer.ok,
          () => false,
        );
        if (saved) images += 1;
        else failed += 1;
      }
    } catch {
      failed += 1;
    }
    done += 1;
    show();
  });
  status.textContent =
    failed === 0
      ? `Saved for offline: ${pages.length} pages and ${images} images are on this device.`
      : `Saved ${pages.length - failed} pages and ${images} images; ${failed} could not be fetched (check the connection and try again).`;
}

/**
 * The pages of a folder page and of its sub-folders' pages, in order. The folder pages are saved
 * on the way (so the course can be browsed offline) and read to list their pages. The
 * further pages of a long list (src/components/Pager.astro) count as the folder's.
 */
async function folderPages(cache: Cache | null, page: Document, url: string): Promise<string[]> {
  const links = (selector: string): string[] =>
    [...page.querySelectorAll<HTMLAnchorElement>(selector)].map(
      (link) => new URL(link.getAttribute('href') ?? '', url).href,
    );
  const pages = links('a[data-topic-link]');
  const folders = links('a[data-folder-link]');
  const pager = page.querySelector<HTMLElement>('[data-list-pages]');
  if (pager && !new URL(url).pathname.includes(`/${LIST_SEGMENT}/`)) {
    const count = Number(pager.dataset['listPages'] ?? '1');
    for (let number = 2; number <= count; number += 1) folders.push(new URL(`${LIST_SEGMENT}/${number}/`, url).href);
  }
  for (const folder of folders) {
    const html = await savedText(cache, folder);
    if (html === undefined) continue;
    pages.push(...(await folderPages(cache, new DOMParser().parseFromString(html, 'text/html'), folder)));
  }
  return [...new Set(pages)];
}

/** Save a page and give its text (undefined when it cannot be fetched). */
async function savedText(cache: Cache | null, url: string): Promise<string | undefined> {
  if (cache && (await saveFile(cache, url))) return (await cache.match(url))?.text();
  const response = await fetch(url).catch(() => undefined);
  return response?.ok ? response.text() : undefined;
}

/** The image URLs a page shows at this screen's size and pixel density. */
function imagesOf(page: Document, base: string): string[] {
  return [...page.querySelectorAll<HTMLImageElement>('article img')].map((image) => {
    const width = Number(image.getAttribute('width')) * devicePixelRatio;
    const candidates = (image.getAttribute('srcset') ?? '')
      .split(',')
      .map((entry) => entry.trim().split(/\s+/))
      .map(([url = '', size = '']) => ({ url, width: Number.parseInt(size, 10) }))
      .filter((entry) => entry.url !== '' && Number.isFinite(entry.width))
      .sort((a, b) => a.width - b.width);
    const chosen = candidates.find((entry) => entry.width >= width) ?? candidates.at(-1);
    return new URL(chosen?.url ?? image.getAttribute('src') ?? '', base).href;
  });
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

export {};

import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSite } from '../../tools/build-site.ts';
import { generateNoteFiles } from '../../tools/generate-notes.ts';
import { serveSite } from '../lib/browser.ts';
import type { BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { pngCopy, screenshotPng } from '../lib/screenshot.ts';

const KB = 1024;
const NOTES = 1000;
const FOLDERS = 10;
/** The vault the menu is compared with: fewer notes in the same folders (more than a menu lists per folder). */
const SMALLER_NOTES = 400;
/** Distinct pictures; the other images are copies of them as files of their own (cheaper to make). */
const PICTURES = 100;

/**
 * An Obsidian vault as a student's grows by the end of a term: 1,000 notes in 10 course folders,
 * 2,000 pasted screenshots (`Screenshot … .png`, 1600 × 1000, in each course's `attachments/`),
 * every note embedding two of them and one note ten. Cold build, warm rebuild (images cached, one
 * note changed), the bytes a browser downloads for the page with ten screenshots against the
 * originals' bytes (budget ≤ 25%), and the menu's HTML on the heaviest page, against a vault of 400
 * notes in the same folders (budget ≤ 1.1 ×: a menu lists a bounded number of neighbours, whatever
 * the folder's size). BENCH_VAULT_IMAGES changes the
 * number of images.
 */
export async function vaultSuite(_context: BenchContext): Promise<BenchResult[]> {
  const images = Number(process.env['BENCH_VAULT_IMAGES'] ?? 2000);
  const vault = await mkdtemp(join(tmpdir(), 'study-notes-bench-vault-'));
  try {
    const { tenShots, someNote } = await writeVault(vault, images);
    const clean = await buildSite(vault);
    await writeFile(someNote, `${await readFile(someNote, 'utf8')}\nOne more line for the rebuild.\n`);
    const warm = await buildSite(vault, {}, { workDir: clean.workDir });
    try {
      const shown = await imageBytesShown(clean.outDir, tenShots.page);
      const menus = await menuBytes(clean.outDir);
      const smallerMenus = await menuBytesOfVault(SMALLER_NOTES);
      return [
        {
          id: 'vault.cleanBuildSeconds',
          label: `vault (${NOTES} notes, ${images} images), cold build`,
          value: clean.seconds,
          unit: 's',
        },
        {
          id: 'vault.warmRebuildSeconds',
          label: 'vault, rebuild after one note changed (images cached)',
          value: warm.seconds,
          unit: 's',
        },
        {
          id: 'vault.screenshotPageShare',
          label: `page with 10 screenshots: image bytes sent / originals (${(tenShots.bytes / KB / KB).toFixed(1)} MB)`,
          value: (shown / tenShots.bytes) * 100,
          unit: '%',
          budget: { max: 25 },
        },
        {
          id: 'vault.menuKB',
          label: `vault, a page's menu HTML (heaviest page), ${NOTES} notes`,
          value: menus / KB,
          unit: 'KB',
        },
        {
          id: 'vault.menuGrowth',
          label: `menu HTML, ${NOTES} notes / ${SMALLER_NOTES} notes in the same ${FOLDERS} folders`,
          value: menus / smallerMenus,
          unit: '×',
          budget: { max: 1.1 },
        },
      ];
    } finally {
      await rm(clean.workDir, { recursive: true, force: true });
    }
  } finally {
    await rm(vault, { recursive: true, force: true });
  }
}

async function writeVault(
  vault: string,
  images: number,
): Promise<{ tenShots: { page: string; bytes: number }; someNote: string }> {
  const notes = generateNoteFiles(NOTES, { folders: FOLDERS });
  const pictures = Array.from({ length: Math.min(PICTURES, images) }, (_, index) =>
    screenshotPng(1600, 1000, index + 1),
  );
  const names: { folder: string; name: string }[] = [];
  const sizes = new Map<string, number>();
  for (let index = 0; index < images; index++) {
    const folder = `Course ${String((index % FOLDERS) + 1).padStart(2, '0')}`;
    const name = `Screenshot 2026-10-${String((index % 28) + 1).padStart(2, '0')} at 10.${String(index).padStart(4, '0')}.png`;
    const png = pngCopy(pictures[index % pictures.length] ?? Buffer.alloc(0), index);
    const file = join(vault, folder, 'attachments', name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
    names.push({ folder, name });
    sizes.set(name, png.length);
  }
  let tenShots = { page: '', bytes: 0 };
  for (const [index, note] of notes.entries()) {
    const folder = note.file.split('/')[0] ?? '';
    const own = names.filter((image) => image.folder === folder);
    const count = index === 0 ? 10 : 2;
    const chosen = Array.from({ length: count }, (_, n) => own[(index * 2 + n) % own.length]).filter(
      (image) => image !== undefined,
    );
    const embeds = chosen.map((image) => `![[${image.name}]]`).join('\n\n');
    await mkdir(dirname(join(vault, note.file)), { recursive: true });
    await writeFile(join(vault, note.file), `${note.text}\n${embeds}\n`);
    if (index === 0) {
      const slug = note.file
        .replace(/\.md$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9/]+/g, '-');
      tenShots = { page: `${slug}/`, bytes: chosen.reduce((total, image) => total + (sizes.get(image.name) ?? 0), 0) };
    }
  }
  return { tenShots, someNote: join(vault, notes[Math.floor(notes.length / 2)]?.file ?? '') };
}

/** Bytes of the images a 1280-pixel-wide window downloads for a page, scrolled to its end. */
async function imageBytesShown(outDir: string, page: string): Promise<number> {
  const served = await serveSite(outDir);
  try {
    const context = await served.browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const tab = await context.newPage();
    const fetched: string[] = [];
    tab.on('requestfinished', (request) => {
      if (request.resourceType() === 'image') fetched.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${served.server.url}${page}`);
    for (let y = 0; y < 30; y++) {
      await tab.mouse.wheel(0, 1000);
      await tab.waitForTimeout(100);
    }
    await tab.waitForLoadState('networkidle');
    const loaded = await tab
      .locator('article img')
      .evaluateAll(
        (images) =>
          images.filter((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)
            .length,
      );
    if (loaded !== 10 || new Set(fetched).size < 10)
      throw new Error(`${page} shows ${loaded} of its 10 images (${fetched.length} fetched)`);
    let total = 0;
    for (const path of new Set(fetched)) total += (await stat(join(outDir, decodeURIComponent(path)))).size;
    return total;
  } finally {
    await served.close();
  }
}

/** The largest menu of a vault of `notes` notes (no images) in the same folders. */
async function menuBytesOfVault(notes: number): Promise<number> {
  const vault = await mkdtemp(join(tmpdir(), 'study-notes-bench-vault-small-'));
  try {
    for (const note of generateNoteFiles(notes, { folders: FOLDERS })) {
      await mkdir(dirname(join(vault, note.file)), { recursive: true });
      await writeFile(join(vault, note.file), note.text);
    }
    const site = await buildSite(vault);
    try {
      return await menuBytes(site.outDir);
    } finally {
      await rm(site.workDir, { recursive: true, force: true });
    }
  } finally {
    await rm(vault, { recursive: true, force: true });
  }
}

/** The largest menu (`<nav aria-label="Pages">`) of any page of notes. */
async function menuBytes(outDir: string): Promise<number> {
  let largest = 0;
  for (const entry of await readdir(outDir, { recursive: true })) {
    if (!String(entry).endsWith('index.html')) continue;
    const html = await readFile(join(outDir, String(entry)), 'utf8');
    const menu = /<nav aria-label="Pages"[\s\S]*?<\/nav>/.exec(html)?.[0];
    if (menu) largest = Math.max(largest, Buffer.byteLength(menu));
  }
  return largest;
}

import { readFile } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/browser.ts';

/**
 * Render the app icons (public/icons/*.png) from their SVG sources with Chromium, so every icon
 * comes from one drawing. Run after changing an SVG: `node tools/make-icons.ts`; commit the PNGs.
 */
const icons = [
  { svg: 'icon.svg', png: 'favicon-32.png', size: 32 },
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
];
const folder = new URL('../public/icons/', import.meta.url);
const browser = await launchBrowser();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = await readFile(new URL(icon.svg, folder), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`,
    );
    await page.screenshot({ path: new URL(icon.png, folder).pathname, omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.png} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}

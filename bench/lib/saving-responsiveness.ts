import { serveSite } from './browser.ts';

/**
 * How the page answers while the rest of a site is saved for offline in the background: the longest
 * task the page ran from "Saving for offline" to "Available offline" and the longest wait for a
 * frame meanwhile (ms). A figure for the benchmarks: a browser test cannot time a busy machine.
 */
export async function savingResponsiveness(outDir: string): Promise<{ longestTask: number; longestFrame: number }> {
  const served = await serveSite(outDir);
  try {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.server.url}iam/`);
    const status = page.locator('#connection-status');
    await status.filter({ hasText: /^Saving for offline/ }).waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const state = window as unknown as { longestTask: number; longestFrame: number };
      state.longestTask = 0;
      state.longestFrame = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longestTask = Math.max(state.longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      const frame = (): void => {
        const asked = performance.now();
        requestAnimationFrame(() => {
          state.longestFrame = Math.max(state.longestFrame, performance.now() - asked);
          if (document.getElementById('connection-status')?.textContent !== 'Available offline') setTimeout(frame, 25);
        });
      };
      frame();
    });
    await status.filter({ hasText: 'Available offline' }).waitFor({ timeout: 300_000 });
    return await page.evaluate(() => {
      const { longestTask, longestFrame } = window as unknown as { longestTask: number; longestFrame: number };
      return { longestTask, longestFrame };
    });
  } finally {
    await served.close();
  }
}

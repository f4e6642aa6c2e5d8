/**
 * Whether the browser has agreed to keep the site's storage until the student clears it:
 * `persistent`, `best-effort` (it may clear it under storage pressure, and Safari after seven days
 * without a visit unless the site is installed), or `unknown` (the browser cannot say).
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

/** What the browser says now, without asking for anything. */
export async function persistence(): Promise<Persistence> {
  try {
    if (typeof navigator.storage?.persisted !== 'function') return 'unknown';
    return (await navigator.storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/**
 * Ask the browser to keep the site's storage (`navigator.storage.persist()`). Browsers decide by
 * themselves: Chrome grants it to a site that is installed or much visited, Firefox may ask the
 * student, Safari grants it to an installed app.
 */
export async function askToKeep(): Promise<Persistence> {
  try {
    if (typeof navigator.storage?.persist !== 'function') return 'unknown';
    return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Whether the site runs as an installed app (a standalone window, or the iOS home screen). */
export function isInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || matchMedia('(display-mode: standalone)').matches;
}

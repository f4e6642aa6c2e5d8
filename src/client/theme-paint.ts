/**
 * The only inline script of a page: it runs in <head>, before the first paint, so a theme the
 * reader chose is applied at once, with no flash of the other theme. It also tells the CSS that
 * script runs (buttons that need script are shown). The toggle itself is in theme-toggle.ts.
 *
 * Serialised with Function.prototype.toString (ThemeScript.astro), so it must not refer to
 * anything outside itself.
 */
export function applyStoredTheme(): void {
  const root = document.documentElement;
  try {
    const theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  } catch {
    // Storage can be blocked (private browsing): follow the system theme.
  }
  root.setAttribute('data-scripted', '');
}

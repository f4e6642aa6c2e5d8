/**
 * The theme code, the only script a topic page runs before the reader asks for more. It is
 * inlined in <head> (see ThemeScript.astro), so it runs before the first paint: a stored choice
 * is applied at once, with no flash of the other theme. The toggle button flips the theme,
 * stores the choice and says what it will do next ("Switch to dark theme").
 *
 * Serialised with Function.prototype.toString, so it must not refer to anything outside itself.
 */
export function themeScript(): void {
  const root = document.documentElement;
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const read = (): string | null => {
    try {
      return localStorage.getItem('theme');
    } catch {
      return null;
    }
  };
  const current = (): string => root.dataset['theme'] ?? (dark.matches ? 'dark' : 'light');
  const label = (): void => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.querySelectorAll('[data-theme-toggle]').forEach((button) => {
      button.setAttribute('aria-label', `Switch to ${next} theme`);
    });
  };
  const stored = read();
  if (stored === 'light' || stored === 'dark') root.dataset['theme'] = stored;
  root.setAttribute('data-scripted', '');
  document.addEventListener('DOMContentLoaded', label);
  dark.addEventListener('change', label);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const theme = current() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Private browsing without storage: the choice lasts for this page only.
    }
    label();
  });
}

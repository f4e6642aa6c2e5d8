/**
 * The theme toggle: flips between light and dark, stores the choice (applied before the first paint
 * by theme-paint.ts on every later page), and keeps the button's name saying what it will do.
 */
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function current(): 'light' | 'dark' {
  const chosen = root.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

function label(): void {
  const next = current() === 'dark' ? 'light' : 'dark';
  const name = `Switch to ${next} theme`;
  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    // Only a change is written: a page's first frame is not redrawn for nothing.
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
  }
}

export function setUpThemeToggle(): void {
  label();
  systemDark.addEventListener('change', label);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const theme = current() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Without storage the choice lasts for this page only.
    }
    label();
  });
}

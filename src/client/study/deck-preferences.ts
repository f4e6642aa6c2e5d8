/** Where the decks the student turned the site's own cards off for are remembered (a preference, not study data). */
const KEY = 'study-notes:generated-off';

/**
 * The decks (by the study page's value for them) whose cards made by the site the student turned
 * off, to study only the cards they wrote. Kept in localStorage; a browser that stores nothing
 * remembers it for the visit.
 */
export class GeneratedCardsSwitch {
  private readonly off: Set<string>;

  constructor() {
    let saved: unknown = [];
    try {
      saved = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    } catch {
      // Nothing stored, or nothing readable: every deck shows the site's cards.
    }
    this.off = new Set(Array.isArray(saved) ? saved.filter((value) => typeof value === 'string') : []);
  }

  /** Whether a deck shows the cards the site made. */
  shows(deck: string): boolean {
    return !this.off.has(deck);
  }

  set(deck: string, shown: boolean): void {
    if (shown) this.off.delete(deck);
    else this.off.add(deck);
    try {
      localStorage.setItem(KEY, JSON.stringify([...this.off]));
    } catch {
      // Remembered for this visit only.
    }
  }
}

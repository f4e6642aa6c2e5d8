/**
 * Whether a key press belongs to what the reader is typing or pressing, so a page shortcut must not
 * take it: a text field, a list box, an editable area, or (with `controls`) a button or link.
 *
 * @example
 *   document.addEventListener('keydown', (event) => { if (!isTyping(event.target)) … })
 */
export function isTyping(target: EventTarget | null, controls = false): boolean {
  // An element that is not shown (the field of a dialog just closed) takes no typing. (Not
  // checkVisibility(): it throws before Safari 17.4; an element with no box is not shown.)
  if (!(target instanceof HTMLElement) || target.getClientRects().length === 0) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return controls && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** Moves focus to an element by id, for in-page links that must not touch the hash route. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
}

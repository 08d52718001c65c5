/**
 * Where focus goes when the call panel closes: the table row of the call it showed (the panel may
 * have been switched to another row since it opened), else what had focus when it opened, else
 * nothing (the browser keeps its default). Rows carry their call's id as `data-row-id`.
 */
export function focusTargetOnClose(
  doc: Document,
  callId: string,
  opener: Element | null,
): HTMLElement | null {
  for (const row of doc.querySelectorAll<HTMLElement>('tr[data-row-id]')) {
    if (row.dataset.rowId === callId && row.tabIndex >= 0) return row;
  }
  if (opener instanceof HTMLElement && opener.isConnected && opener !== doc.body) return opener;
  return null;
}

/** Hands `parts` to the browser as a download named `fileName`. */
export function saveCsvFile(parts: readonly string[], fileName: string): void {
  const blob = new Blob(parts as string[], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; a later revoke keeps slow browsers safe.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

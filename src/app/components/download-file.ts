/**
 * Saves text as a file in the browser's downloads. Made on the device, so it works offline
 * and sends nothing to a server: the CSV of a figure, a person's data, the unsent changes.
 */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Only after the click has started the download: revoked at once, some browsers drop it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

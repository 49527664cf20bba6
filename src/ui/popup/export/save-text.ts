/**
 * Copying and saving text from the popup, with no permission beyond what the extension has.
 */

/** Puts `text` on the clipboard (the click that asked for it is the user activation browsers require). */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/**
 * Saves `text` as a file named `name`, through an <a download> the popup clicks. Its address is a
 * data: URL, not a Blob URL: when Firefox is set to ask where to save, the file chooser closes the
 * popup, which revokes the popup's Blob URLs before the file is written and the download fails
 * (reported for other extensions' popups, e.g. Rob--W/crxviewer#141). A data: URL holds the text
 * itself, so it outlives the popup, and needs neither the "downloads" permission nor the background.
 */
export function saveText(doc: Document, name: string, mime: string, text: string): void {
  const link = doc.createElement('a');
  link.href = `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
}

// Saves text as a file on the reader's device, for every tool's exports and
// the backup. Nothing leaves the browser: the file is a Blob, offered through
// a temporary <a download> that is clicked and removed (it is never visible,
// so it needs no styling).

/**
 * Offers `text` for download as `fileName` with the given MIME type.
 * The object URL is released later: revoking it at once can cancel the
 * download in some browsers.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

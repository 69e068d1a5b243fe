/**
 * The one clipboard write of the site. It fails (false) when the browser refuses: no permission,
 * an insecure origin, or no Clipboard API; the caller then shows the text to copy by hand.
 */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}

// What `npm start` says about the host it picked: one plain line, whatever happened while looking for
// Electron's binary (a failed download's "fetch failed" means nothing to the person starting it).
export type HostChoice =
  | { readonly host: 'electron' }
  | { readonly host: 'browser'; readonly why: 'asked' | 'noElectron' };

export function hostLine(choice: HostChoice): string {
  if (choice.host === 'electron') return '[start] host: Electron';
  if (choice.why === 'asked') return '[start] host: browser (system Chromium), as asked with --browser';
  return '[start] The Electron binary is not installed, so the terminal runs in the browser host (system Chromium). Nothing to do: this is a supported way to run.';
}

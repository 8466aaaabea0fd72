// Kiosk lockdown in one place: no navigation away, no new windows, no permissions, no webviews, no
// shortcut that leaves the page, no devtools outside the developer profile, and the renderer served
// only from our own scheme with a strict content security policy. The decisions are pure functions
// in lockdown-rules.ts (tested there); this file only hangs them on Electron's events.
import { app, session, type WebContents } from 'electron';
import { APP_ORIGIN, blockedShortcut, devToolsAllowed } from './lockdown-rules.ts';

export { APP_ORIGIN, APP_SCHEME, CSP } from './lockdown-rules.ts';

type Environment = 'development' | 'production';

export function lockDownSessions(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  s.on('will-download', (e) => e.preventDefault());
}

/**
 * Every web contents (windows and anything a page might try to create) is held on the app origin.
 * `onBlocked` hears each swallowed shortcut and closed devtools, for the log.
 */
export function lockDownContents(environment: Environment, onBlocked: (what: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (e, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) e.preventDefault();
    });
    contents.on('will-frame-navigate', (e) => {
      if (!e.url.startsWith(`${APP_ORIGIN}/`)) e.preventDefault();
    });
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // No pinch zoom on the touch screen (the browser host's --disable-pinch).
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
    contents.on('before-input-event', (e, input) => {
      const shortcut = blockedShortcut(input, devToolsAllowed(environment));
      if (shortcut === null) return;
      e.preventDefault();
      onBlocked(`shortcut ${shortcut}`);
    });
    if (!devToolsAllowed(environment)) {
      // devTools: false already keeps them shut; should anything open them anyway, they close at once.
      contents.on('devtools-opened', () => {
        contents.closeDevTools();
        onBlocked('devtools');
      });
    }
  });
}

// The renderer's content security policy, one for both hosts: the same page runs under Electron's
// app:// scheme and from the browser host's loopback server, and must be held to the same rules.
// Only connect-src differs: Electron talks over IPC (nothing), the browser host over its WebSocket.

/** The policy for the kiosk page; `connectSources` empty means the page may connect nowhere. */
export function kioskCsp(connectSources: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The kiosk voice's clips (renderer/src/voice) and the attract loop's videos.
    "media-src 'self'",
    connectSources.length ? `connect-src ${connectSources.join(' ')}` : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// Connects the RPC client to the core: through the Electron preload's port when there is one,
// otherwise over the browser host's WebSocket with this boot's token, reconnecting with backoff.
import type { FrameTransport } from '../../../main/contract/index.ts';
import { client } from './client.ts';

interface HallPort {
  send(frame: string): void;
  onFrame(listener: (frame: string) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload (main/hosts/electron/preload.cts). */
    hallPort?: HallPort;
  }
}

const TOKEN_KEY = 'hall.token';

/** Takes the token from the URL fragment once, keeps it for reloads of this tab, and clears the URL. */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function ipcTransport(port: HallPort): FrameTransport {
  return {
    send: (f) => port.send(f),
    onFrame: (l) => port.onFrame(l),
    onClose: () => () => {},
    close: () => {},
  };
}

function socketTransport(socket: WebSocket): FrameTransport {
  const closeListeners = new Set<() => void>();
  socket.addEventListener('close', () => closeListeners.forEach((l) => l()));
  return {
    send: (f) => socket.readyState === WebSocket.OPEN && socket.send(f),
    onFrame(listener) {
      const h = (e: MessageEvent) => typeof e.data === 'string' && listener(e.data);
      socket.addEventListener('message', h);
      return () => socket.removeEventListener('message', h);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close: () => socket.close(),
  };
}

export type ConnectProblem = 'noToken';

/** Starts connecting; returns a problem that no retry can fix, or null. */
export function connectToCore(): ConnectProblem | null {
  if (window.hallPort) {
    client.attach(ipcTransport(window.hallPort));
    return null;
  }
  const token = takeToken();
  if (!token) return 'noToken';
  let delay = 250;
  const open = () => {
    const page = window.location.pathname.startsWith('/dev') ? 'dev' : 'kiosk';
    const socket = new WebSocket(`ws://${window.location.host}/rpc?token=${encodeURIComponent(token)}&page=${page}`);
    socket.addEventListener('open', () => {
      delay = 250;
      client.attach(socketTransport(socket));
    });
    socket.addEventListener('close', () => {
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    });
  };
  open();
  return null;
}

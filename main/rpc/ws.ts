// FrameTransport over a `ws` WebSocket (the browser host's side, and Node clients in tests).
import { WebSocket } from 'ws';
import type { FrameTransport } from '../contract/index.ts';

/** The largest frame either side accepts; anything bigger is refused by `ws` and closes the socket. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

export function wsTransport(socket: WebSocket): FrameTransport {
  return {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
    },
    onFrame(listener) {
      const h = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
        if (!isBinary) listener(data.toString());
      };
      socket.on('message', h);
      return () => socket.off('message', h);
    },
    onClose(listener) {
      socket.once('close', listener);
      return () => socket.off('close', listener);
    },
    close() {
      socket.close();
    },
  };
}

/** Connects a Node client; resolves once open, or to an Error saying why it was refused. */
export function connectWs(url: string): Promise<FrameTransport | Error> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { maxPayload: MAX_FRAME_BYTES });
    socket.once('open', () => resolve(wsTransport(socket)));
    socket.once('unexpected-response', (_req, res) => {
      resolve(new Error(`refused with HTTP ${res.statusCode}`));
      socket.terminate();
    });
    socket.once('error', (e) => resolve(e));
  });
}

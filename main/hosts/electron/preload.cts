// The preload: exposes ONE generic message port to the page (window.hallPort) and nothing else.
// Frames are plain strings; what they mean is the contract's business, checked in the core.
import type * as ElectronModule from 'electron';
import type { IpcRendererEvent } from 'electron';

// CommonJS (a sandboxed preload cannot be a module), hence require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contextBridge, ipcRenderer } = require('electron') as typeof ElectronModule;

const CHANNEL = 'hall:frame';

contextBridge.exposeInMainWorld('hallPort', {
  send(frame: unknown): void {
    if (typeof frame === 'string') ipcRenderer.send(CHANNEL, frame);
  },
  onFrame(listener: (frame: string) => void): () => void {
    const handler = (_e: IpcRendererEvent, frame: unknown) => {
      if (typeof frame === 'string') listener(frame);
    };
    ipcRenderer.on(CHANNEL, handler);
    return () => ipcRenderer.removeListener(CHANNEL, handler);
  },
});

// A (re)loaded page starts a fresh connection: subscriptions of the previous page are dropped.
ipcRenderer.send('hall:hello');

// Two linked frame transports in one process: the stand-in for Electron's IPC port in tests.
// Delivery is asynchronous, as over any real channel.
import type { FrameTransport } from '../contract/index.ts';

class MemoryFrameEnd implements FrameTransport {
  peer!: MemoryFrameEnd;
  closed = false;
  readonly frames = new Set<(frame: string) => void>();
  readonly closes = new Set<() => void>();

  send(frame: string): void {
    if (this.closed) return;
    const peer = this.peer;
    queueMicrotask(() => {
      if (!peer.closed) for (const l of [...peer.frames]) l(frame);
    });
  }

  onFrame(listener: (frame: string) => void): () => void {
    this.frames.add(listener);
    return () => this.frames.delete(listener);
  }

  onClose(listener: () => void): () => void {
    this.closes.add(listener);
    return () => this.closes.delete(listener);
  }

  close(): void {
    for (const end of [this, this.peer]) {
      if (end.closed) continue;
      end.closed = true;
      queueMicrotask(() => {
        for (const l of [...end.closes]) l();
      });
    }
  }
}

export function createFramePair(): [FrameTransport, FrameTransport] {
  const a = new MemoryFrameEnd();
  const b = new MemoryFrameEnd();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

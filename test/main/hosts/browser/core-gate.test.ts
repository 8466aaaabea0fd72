import { describe, expect, it } from 'vitest';
import type { FrameTransport } from '../../../../main/contract/index.ts';
import { coreGate } from '../../../../main/hosts/browser/core-gate.ts';
import { createFramePair } from '../../../../main/rpc/memory-pair.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A stand-in for the RPC server's connect: records what each connected screen sends. */
function recorder() {
  const got: string[][] = [];
  const connect = (t: FrameTransport) => {
    const frames: string[] = [];
    got.push(frames);
    t.onFrame((f) => frames.push(f));
    return () => t.close();
  };
  return { got, connect };
}

describe('coreGate', () => {
  it('holds a screen that connects before the core is up and delivers its early frames first, in order', async () => {
    const gate = coreGate();
    const [screen, host] = createFramePair();
    gate.connect(host);
    screen.send('req 1');
    screen.send('req 2');
    await settle();
    expect(gate.waiting).toBe(1);
    const core = recorder();
    gate.open(core.connect);
    expect(gate.waiting).toBe(0);
    screen.send('req 3');
    await settle();
    expect(core.got).toEqual([['req 1', 'req 2', 'req 3']]);
  });

  it('drops a screen that went away while held, and connects later screens at once', async () => {
    const gate = coreGate();
    const [gone, goneHost] = createFramePair();
    gate.connect(goneHost);
    gone.send('lost');
    gone.close();
    await settle();
    expect(gate.waiting).toBe(0);
    const core = recorder();
    gate.open(core.connect);
    const [screen, host] = createFramePair();
    gate.connect(host);
    screen.send('hello');
    await settle();
    expect(core.got).toEqual([['hello']]);
  });

  it("closing a held screen (the host shutting down) closes its socket; after open it is the core's close", async () => {
    const gate = coreGate();
    const [screen, host] = createFramePair();
    let closed = false;
    screen.onClose(() => (closed = true));
    const close = gate.connect(host);
    close();
    await settle();
    expect(closed).toBe(true);
    expect(gate.waiting).toBe(0);

    const [screen2, host2] = createFramePair();
    let closed2 = false;
    screen2.onClose(() => (closed2 = true));
    const close2 = gate.connect(host2);
    gate.open(recorder().connect);
    close2();
    await settle();
    expect(closed2).toBe(true);
    expect(() => gate.open(recorder().connect)).toThrow(/already open/);
  });
});

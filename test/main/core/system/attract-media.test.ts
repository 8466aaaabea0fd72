import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { ConfigInput } from '../../../../config/schema/index.ts';
import { attractMedia, DEFAULT_IMAGE_SECONDS } from '../../../../main/core/system/attract-media.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-attract-'));
  writeFileSync(join(dir, 'welcome.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'Hall Tour.MP4'), Buffer.from([0, 0, 0, 0x18]));
  writeFileSync(join(dir, 'empty.png'), '');
  writeFileSync(join(dir, 'notes.txt'), 'not media');
  mkdirSync(join(dir, 'folder.png'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function check(attract: NonNullable<ConfigInput['ui']>['attract']) {
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' }, ui: { attract } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const log = new EventLog(new ManualClock());
  const media = attractMedia(parsed.config.ui.attract, log.for('attract'));
  return { ...media, lines: log.recent(100).map((e) => `${e.level} ${e.message}`) };
}

describe('attract media, checked at start', () => {
  it('turns the items into what the screen shows and the only files the hosts serve', () => {
    const m = check({ folder: dir, afterSeconds: 30, items: [{ file: 'welcome.svg', caption: '欢迎' }, { file: 'Hall Tour.MP4' }, { file: 'welcome.svg', seconds: 5 }] });
    expect(m.loop).toEqual({
      afterSeconds: 30,
      items: [
        { src: '/media/welcome.svg', kind: 'image', seconds: DEFAULT_IMAGE_SECONDS, caption: '欢迎' },
        { src: '/media/Hall%20Tour.MP4', kind: 'video', seconds: null, caption: null },
        { src: '/media/welcome.svg', kind: 'image', seconds: 5, caption: null },
      ],
    });
    expect([...m.files.values()]).toEqual([
      { name: 'welcome.svg', path: join(dir, 'welcome.svg'), contentType: 'image/svg+xml' },
      { name: 'Hall Tour.MP4', path: join(dir, 'Hall Tour.MP4'), contentType: 'video/mp4' },
    ]);
    expect(m.lines).toEqual(['info attract loop ready']);
  });

  it('leaves out an unknown extension, a missing file, an empty one and a folder, each logged by name', () => {
    const m = check({
      folder: dir,
      items: [{ file: 'notes.txt' }, { file: 'gone.png' }, { file: 'empty.png' }, { file: 'folder.png' }, { file: 'welcome.svg' }],
    });
    expect(m.loop?.items.map((i) => i.src)).toEqual(['/media/welcome.svg']);
    expect([...m.files.keys()]).toEqual(['welcome.svg']);
    expect(m.lines).toEqual([
      expect.stringMatching(/^warn attract loop: left out "notes\.txt": the kiosk shows \.png .*\.webm files$/),
      `warn attract loop: left out "gone.png": ${join(dir, 'gone.png')} does not exist`,
      `warn attract loop: left out "empty.png": ${join(dir, 'empty.png')} is empty`,
      `warn attract loop: left out "folder.png": ${join(dir, 'folder.png')} is not a file`,
      'info attract loop ready',
    ]);
  });

  it('says a video plays to its end when it is given seconds', () => {
    const m = check({ folder: dir, items: [{ file: 'Hall Tour.MP4', seconds: 20 }] });
    expect(m.loop?.items[0]?.seconds).toBeNull();
    expect(m.lines[0]).toBe('warn attract loop: "Hall Tour.MP4" is a video and plays to its end; its "seconds" is not used');
  });

  it('has no loop when nothing is configured, no item is listed, or none can be shown', () => {
    expect(check(undefined)).toMatchObject({ loop: null, lines: [] });
    expect(check(undefined).files.size).toBe(0);
    const none = check({ folder: dir, items: [] });
    expect(none.loop).toBeNull();
    expect(none.lines).toEqual(['warn attract loop: no item can be shown, so there is no attract loop']);
    const bad = check({ folder: join(dir, 'nowhere'), items: [{ file: 'welcome.svg' }] });
    expect(bad.loop).toBeNull();
    expect(bad.files.size).toBe(0);
    expect(bad.lines.at(-1)).toBe('warn attract loop: no item can be shown, so there is no attract loop');
  });
});

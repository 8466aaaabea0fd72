import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaFile } from '../../../main/core/system/attract-media.ts';
import { answerMedia, parseRange } from '../../../main/hosts/media-files.ts';

describe('byte ranges', () => {
  it('takes the three forms of one range', () => {
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-30', 100)).toEqual({ start: 70, end: 99 });
    expect(parseRange('bytes=-300', 100)).toEqual({ start: 0, end: 99 });
  });

  it('says a range past the end cannot be given', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
  });

  it('ignores what it does not take, so the whole file is sent', () => {
    for (const h of ['bytes=0-1,5-9', 'items=0-1', 'bytes=-', 'bytes=9-3', 'bytes=a-b', '']) expect(parseRange(h, 100)).toBeNull();
  });
});

let dir: string;
let files: Map<string, MediaFile>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-media-'));
  writeFileSync(join(dir, 'clip.webm'), Buffer.alloc(1000, 7));
  files = new Map([['clip.webm', { name: 'clip.webm', path: join(dir, 'clip.webm'), contentType: 'video/webm' }]]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('answering /media/<name>', () => {
  it('answers a configured file by its exact name, whole or in a range', () => {
    const whole = answerMedia(files, '/media/clip.webm', undefined);
    expect(whole).toMatchObject({ status: 200, start: 0, end: 999, headers: { 'content-type': 'video/webm', 'content-length': '1000', 'accept-ranges': 'bytes' } });
    const part = answerMedia(files, '/media/clip.webm', 'bytes=100-199');
    expect(part).toMatchObject({ status: 206, start: 100, end: 199, headers: { 'content-length': '100', 'content-range': 'bytes 100-199/1000' } });
    expect(answerMedia(files, '/media/clip.webm', 'bytes=1000-')).toEqual({ status: 416, headers: { 'content-range': 'bytes */1000', 'x-content-type-options': 'nosniff' } });
  });

  it('answers nothing else: other names, paths, encoded traversal, bad escapes, prototype keys', () => {
    for (const p of ['/media/other.webm', '/media/', '/media/../clip.webm', '/media/%2e%2e%2fclip.webm', '/media/sub%2fclip.webm', '/media/%E0%A4%A', '/media/__proto__', '/media/constructor', '/clip.webm']) {
      expect(answerMedia(files, p, undefined), p).toEqual({ status: 404 });
    }
  });

  it('answers 404 once a file has gone from the folder', () => {
    const gone = new Map([['x.png', { name: 'x.png', path: join(dir, 'x.png'), contentType: 'image/png' }]]);
    expect(answerMedia(gone, '/media/x.png', undefined)).toEqual({ status: 404 });
  });
});

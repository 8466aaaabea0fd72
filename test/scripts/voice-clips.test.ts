import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voice as zhVoice } from '../../renderer/src/locales/zh-CN/voice.ts';
import { clipCatalogue } from '../../renderer/src/voice/speech-plan.ts';
import { CLIP_RATE, encodeWav, espeakInput, hasEspeak, parseWav, recordClips, resample, trimSilence } from '../../scripts/voice-clips.ts';

describe('WAV', () => {
  it('reads back what it writes', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const back = parseWav(encodeWav(samples, 16_000));
    expect(back.rate).toBe(16_000);
    expect([...back.samples]).toEqual([...samples]);
  });
  it('reads espeak-ng’s piped WAV, whose sizes are left at 0x7fffffff', () => {
    const wav = encodeWav(Int16Array.from([5, 6, 7]), 22_050);
    const view = new DataView(wav.buffer);
    view.setUint32(4, 0x7fffffff, true);
    view.setUint32(40, 0x7fffffff, true);
    expect([...parseWav(wav).samples]).toEqual([5, 6, 7]);
  });
  it('refuses what it cannot read, saying what it is', () => {
    expect(() => parseWav(new TextEncoder().encode('hello, not a wav file'))).toThrow(/not a WAV file/);
    const stereo = encodeWav(Int16Array.from([1, 2]), 8000);
    new DataView(stereo.buffer).setUint16(22, 2, true);
    expect(() => parseWav(stereo)).toThrow(/not 16-bit PCM mono \(format 1, 2 channels, 16 bits\)/);
  });
});

describe('trimSilence and resample', () => {
  it('cuts the quiet around the sound, keeping a little of it', () => {
    const rate = 1000; // 1 sample a millisecond
    const s = new Int16Array(500);
    s.fill(5000, 200, 260);
    const t = trimSilence(s, rate, 300, 30);
    expect(t.length).toBe(60 + 2 * 30);
    expect(t[30]).toBe(5000);
    expect(trimSilence(new Int16Array(100), rate).length).toBe(0);
  });
  it('resamples 22.05 kHz to 16 kHz keeping the duration and the shape', () => {
    const from = Int16Array.from({ length: 22_050 }, (_, i) => Math.round(10_000 * Math.sin((2 * Math.PI * 440 * i) / 22_050)));
    const to = resample(from, 22_050, CLIP_RATE);
    expect(to.length).toBe(16_000);
    // The same 440 Hz tone: sample i of the new rate matches the sine at i / 16 kHz.
    for (const i of [100, 5000, 15_000]) expect(Math.abs(to[i]! - 10_000 * Math.sin((2 * Math.PI * 440 * i) / 16_000))).toBeLessThan(400);
  });
});

describe('espeakInput', () => {
  it('gives Chinese to the Mandarin voice as pinyin with tone numbers (neutral tone 5)', () => {
    expect(espeakInput('zh-CN', '您的号码是')).toEqual({ voice: 'cmn-latn-pinyin', text: 'nin2 de5 hao4 ma3 shi4' });
    expect(espeakInput('zh-CN', '零').text).toBe('ling2');
    expect(espeakInput('zh-CN', '您好，欢迎').text).toBe('nin2 hao3 , huan1 ying2');
  });
  it('says a lone letter by name and English as it is', () => {
    expect(espeakInput('zh-CN', 'A')).toEqual({ voice: 'cmn', text: 'A' });
    expect(espeakInput('en', 'Your number is')).toEqual({ voice: 'en-gb', text: 'Your number is' });
  });
});

describe.runIf(hasEspeak())('recordClips (espeak-ng installed)', () => {
  it('records every clip of the catalogue as a short 16 kHz mono WAV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voice-clips-'));
    try {
      const report = await recordClips(dir);
      const zh = readdirSync(join(dir, 'zh-CN')).sort();
      expect(zh).toEqual(clipCatalogue('zh-CN', zhVoice).map((c) => `${c.id}.wav`).sort());
      expect(report.clips).toBe(zh.length + readdirSync(join(dir, 'en')).length);
      const digit = parseWav(readFileSync(join(dir, 'zh-CN', 'digit-3.wav')));
      expect(digit.rate).toBe(CLIP_RATE);
      // A digit is said in well under a second once its silence is trimmed, and is not silent.
      expect(digit.samples.length / CLIP_RATE).toBeGreaterThan(0.1);
      expect(digit.samples.length / CLIP_RATE).toBeLessThan(0.9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Records the kiosk voice's clips with espeak-ng (Debian `espeak-ng`): one WAV per digit, letter and
// prompt of each spoken language (renderer/src/voice/speech-plan.ts says which), trimmed of the
// silence espeak puts around words (so "A 零二三 号" runs on like one phrase) and resampled to 16 kHz
// mono 16-bit (espeak speaks at 22.05 kHz; speech needs no more, and the set stays small: see
// the build's line). Chinese is given to espeak's Mandarin voice as pinyin with tone numbers
// (pinyin-pro): Debian's espeak-ng Mandarin dictionary lacks most characters and would read them as
// English. Without espeak-ng nothing is recorded and the build goes on: the kiosk then speaks only
// where the browser has a voice of its own.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { voice as enVoice } from '../renderer/src/locales/en/voice.ts';
import { voice as zhVoice } from '../renderer/src/locales/zh-CN/voice.ts';
import { clipCatalogue, speechLocales, type SpeechLocale, type VoiceTexts } from '../renderer/src/voice/speech-plan.ts';

export const CLIP_RATE = 16_000;
const texts: Record<SpeechLocale, VoiceTexts> = { 'zh-CN': zhVoice, en: enVoice };

/** The samples of a 16-bit PCM mono WAV (what espeak-ng writes); anything else is refused by name. */
export function parseWav(buf: Uint8Array): { rate: number; samples: Int16Array } {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (at: number) => String.fromCharCode(...buf.subarray(at, at + 4));
  if (buf.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file (no RIFF/WAVE header)');
  let rate = 0;
  let at = 12;
  while (at + 8 <= buf.length) {
    const id = tag(at);
    // espeak-ng writing to a pipe leaves the sizes at 0x7fffffff: the data runs to the end.
    const size = Math.min(view.getUint32(at + 4, true), buf.length - at - 8);
    if (id === 'fmt ') {
      const format = view.getUint16(at + 8, true);
      const channels = view.getUint16(at + 10, true);
      const bits = view.getUint16(at + 22, true);
      if (format !== 1 || channels !== 1 || bits !== 16) throw new Error(`WAV is not 16-bit PCM mono (format ${format}, ${channels} channels, ${bits} bits)`);
      rate = view.getUint32(at + 12, true);
    } else if (id === 'data') {
      if (!rate) throw new Error('WAV data comes before its fmt chunk');
      const samples = new Int16Array(Math.floor(size / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(at + 8 + i * 2, true);
      return { rate, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV has no data chunk');
}

/** A 16-bit PCM mono WAV of `samples`. */
export function encodeWav(samples: Int16Array, rate: number): Uint8Array {
  const out = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  put(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, s, true));
  return out;
}

/** Cuts the quiet before the first and after the last sound (below `threshold`), keeping `padMs` of each. */
export function trimSilence(samples: Int16Array, rate: number, threshold = 300, padMs = 30): Int16Array {
  let first = samples.findIndex((s) => Math.abs(s) > threshold);
  if (first < 0) return samples.slice(0, 0);
  let last = samples.length - 1;
  while (Math.abs(samples[last]!) <= threshold) last--;
  const pad = Math.round((rate * padMs) / 1000);
  first = Math.max(0, first - pad);
  last = Math.min(samples.length - 1, last + pad);
  return samples.slice(first, last + 1);
}

/** Linear-interpolation resampling: enough for espeak's formant speech, which has little above 8 kHz. */
export function resample(samples: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return samples.slice();
  const n = Math.max(0, Math.floor((samples.length * to) / from));
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const x = (i * from) / to;
    const j = Math.floor(x);
    const a = samples[j] ?? 0;
    const b = samples[j + 1] ?? a;
    out[i] = Math.round(a + (b - a) * (x - j));
  }
  return out;
}

/** The espeak-ng voice and input for some words of a language. */
export function espeakInput(lang: SpeechLocale, text: string): { voice: string; text: string } {
  if (lang === 'en') return { voice: 'en-gb', text };
  // A lone Latin letter (a ticket's prefix) is said by name, as Chinese speakers say it (A = "ei").
  if (/^[A-Z]$/.test(text)) return { voice: 'cmn', text };
  const syllables = pinyin(text, { toneType: 'num' })
    .replace(/([a-zü]+)0\b/g, '$15') // the neutral tone is 5 for espeak
    .replace(/[，、；]/g, ',')
    .replace(/[。！？]/g, '.');
  return { voice: 'cmn-latn-pinyin', text: syllables };
}

function runEspeak(espeak: string, voice: string, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Slower than espeak's default: many who use the kiosk are elderly.
    const child = spawn(espeak, ['-v', voice, '-s', '140', '--stdout', text], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${espeak} -v ${voice} failed (${code}): ${err.trim()}`))));
  });
}

export function hasEspeak(espeak = 'espeak-ng'): boolean {
  return spawnSync(espeak, ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface ClipsReport {
  readonly clips: number;
  readonly bytes: number;
}

/** Records every clip of every spoken language into `<outDir>/<lang>/<clip>.wav` (the folder is made anew). */
export async function recordClips(outDir: string, espeak = 'espeak-ng'): Promise<ClipsReport> {
  rmSync(outDir, { recursive: true, force: true });
  const jobs = speechLocales.flatMap((lang) => clipCatalogue(lang, texts[lang]).map((c) => ({ lang, ...c })));
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const input = espeakInput(job.lang, job.text);
      const wav = parseWav(await runEspeak(espeak, input.voice, input.text));
      const clip = encodeWav(resample(trimSilence(wav.samples, wav.rate), wav.rate, CLIP_RATE), CLIP_RATE);
      mkdirSync(join(outDir, job.lang), { recursive: true });
      writeFileSync(join(outDir, job.lang, `${job.id}.wav`), clip);
      bytes += clip.length;
    }
  };
  await Promise.all([worker(), worker()]);
  return { clips: jobs.length, bytes };
}

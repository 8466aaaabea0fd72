// The locale tables: every key is used by some screen, English reads as English, Uyghur as Uyghur.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, ugCN, zhCN, type MessageKey } from '../../../renderer/src/locales/index.ts';
import { repoRoot } from '../../support/terminal-process.ts';

const src = join(repoRoot, 'renderer/src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'locales' ? [] : sources(p);
    return /\.tsx?$/.test(name) ? [readFileSync(p, 'utf8')] : [];
  });
}

/** Keys built at run time from a value: `t(\`status.platform.${state}\`)`, `error.${code}`, weekdays, the voice table. */
const DYNAMIC = ['status.platform.', 'device.state.', 'error.', 'a11y.', 'voice.', 'day.', 'guide.audience.', 'guide.material.need.', 'guide.material.source.', 'booking.month.', 'counter.error.', 'counter.action.', 'counter.done.', 'counter.help.reason.', 'formWidgets.problem.'];
/** Written for screens not built yet (reported, to be used or removed by their owners). */
const NOT_YET_USED: readonly MessageKey[] = ['status.devices.problem', 'home.accessibility.note', 'home.language.note'];

/** Each key of each locale's area files, with the files it is written in. */
function keysByFile(locale: string): Map<string, string[]> {
  const dir = join(src, 'locales', locale);
  const where = new Map<string, string[]>();
  for (const file of readdirSync(dir)) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^ {2}'([^']+)':/gm)) where.set(m[1]!, [...(where.get(m[1]!) ?? []), file]);
  }
  return where;
}

describe('locale tables', () => {
  it('writes each key in one area file only (the tables are spread together: a second one would silently win)', () => {
    for (const locale of ['zh-CN', 'en', 'ug-CN']) {
      const twice = [...keysByFile(locale)].filter(([, files]) => files.length > 1);
      expect(twice, locale).toEqual([]);
    }
  });

  it('every key is used by a screen (quoted in the code, or built from a known prefix)', () => {
    const code = sources(src).join('\n');
    const quoted = (k: string) => code.includes(`'${k}'`) || code.includes(`"${k}"`);
    const unused = (Object.keys(zhCN) as MessageKey[]).filter((k) => !quoted(k) && !DYNAMIC.some((p) => k.startsWith(p)) && !NOT_YET_USED.includes(k));
    expect(unused).toEqual([]);
    // The allowance does not outlive its reason.
    expect(NOT_YET_USED.filter((k) => quoted(k))).toEqual([]);
  });

  it('English has no Chinese left in it, but for the buttons that name Chinese in Chinese', () => {
    const cjk = /[\u3400-\u9fff]/;
    // The language buttons, and the pinyin keyboard's Chinese-input key (中, as on every phone).
    const namesChinese = new Set<MessageKey>(['home.language', 'home.language.note', 'keyboard.language.zh', 'counter.language', 'admin.language']);
    const leftovers = (Object.entries(en) as [MessageKey, string][]).filter(([k, v]) => cjk.test(v) && !namesChinese.has(k));
    expect(leftovers).toEqual([]);
  });

  it('Uyghur is written in Arabic script, and keeps every {parameter} of the Chinese', () => {
    const arabic = /[\u0600-\u06ff]/;
    for (const [k, v] of Object.entries(ugCN) as [MessageKey, string][]) {
      expect(arabic.test(v), k).toBe(k !== 'home.language.note');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(v), k).toEqual(params(zhCN[k]));
    }
    // At least the frame and the home are translated.
    expect(ugCN['nav.back']).toBeDefined();
    expect(ugCN['home.welcome']).toBeDefined();
  });

  it('in Uyghur, an ID, a ticket number and the hours stay left to right; a name or an area keeps its own direction', () => {
    // Unisolated, a right-to-left line reorders them: 110105********1239 shows as 1239********110105, 张* as *张.
    const ltr: Record<string, string> = { id: '\u2066', number: '\u2066', hours: '\u2066', name: '\u2068', area: '\u2068' };
    const checked = (Object.entries(ugCN) as [MessageKey, string][]).flatMap(([k, v]) =>
      [...v.matchAll(/\{(\w+)\}/g)].filter((m) => m[1]! in ltr).map((m) => ({ key: k, param: m[1]!, isolated: v.includes(`${ltr[m[1]!]}{${m[1]}}\u2069`) })),
    );
    expect(checked.filter((c) => !c.isolated)).toEqual([]);
    // The texts that carry them are translated (else this checks nothing).
    expect(checked.map((c) => c.key)).toEqual(expect.arrayContaining(['card.present', 'duplicate.number', 'hours.today', 'ticket.area']));
  });
});

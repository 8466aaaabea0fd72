// The pinyin dictionary, loaded the first time a pinyin field opens (its own chunk of the bundle,
// built by scripts/pinyin-index.ts), then kept for the page's life.
import { createDictionary, type PinyinDictionary } from './pinyin-dictionary.ts';

let loading: Promise<PinyinDictionary> | null = null;

export function loadPinyinDictionary(): Promise<PinyinDictionary> {
  loading ??= import('virtual:pinyin-index').then(
    (m) => createDictionary(m.default),
    (e: unknown) => {
      loading = null; // try again next time a pinyin field opens
      throw e;
    },
  );
  return loading;
}

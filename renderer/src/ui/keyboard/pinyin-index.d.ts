// The pinyin index module that vite.config.ts generates with scripts/pinyin-index.ts.
declare module 'virtual:pinyin-index' {
  import type { PinyinIndexData } from './pinyin-dictionary.ts';
  const data: PinyinIndexData;
  export default data;
}

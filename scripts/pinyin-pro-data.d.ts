// pinyin-pro's word dictionaries (exported under `pinyin-pro/dist/*`, untyped): word -> pinyin.
declare module 'pinyin-pro/dist/esm/data/dict*.mjs' {
  const dict: Readonly<Record<string, string>>;
  export default dict;
}

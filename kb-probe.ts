import { buildPinyinIndex } from './scripts/pinyin-index.ts';
const d = buildPinyinIndex();
const words = d.words.split('|').map(w => w.split(':')[0]!);
console.log(words.length, ['公积金','身份证','户口','积金','人签','部门审','登记机','社保','医保','护照','营业执照','驾驶证','结婚','退休'].map(w => `${w}:${words.indexOf(w)}`).join(' '));
console.log(words.filter(w => w.length <= 4).slice(0, 300).join(' '));
console.log(d.chars['shen']?.slice(0, 20), d.chars['zheng']?.slice(0, 20), d.chars['de']?.slice(0,10), d.chars['a']);

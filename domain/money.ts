// Amounts of money as a person reads them, from whole fen (分): ¥40.00, and the capital figures
// (大写金额) receipts print. Zod-free, so the screens use it too.

/** ¥40.00 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(Math.round(fen));
  const yuan = Math.floor(a / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(a % 100).padStart(2, '0')}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿'];

/** The amount in capital figures (大写金额), as receipts print it: 4000 -> 肆拾元整, 12050 -> 壹佰贰拾元伍角. */
export function yuanInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`an amount in fen is a whole number not below 0, not ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenPart = fen % 10;
  let words = '';
  if (yuan === 0) words = jiao === 0 && fenPart === 0 ? '零元' : '';
  else {
    const groups: number[] = [];
    for (let n = yuan; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let zero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g]!;
      if (group === 0) {
        zero = words !== '';
        continue;
      }
      if (words !== '' && (zero || group < 1000)) words += '零';
      zero = false;
      let inner = '';
      let innerZero = false;
      for (let p = 3; p >= 0; p--) {
        const d = Math.floor(group / 10 ** p) % 10;
        if (d === 0) {
          innerZero = inner !== '';
          continue;
        }
        if (innerZero) inner += '零';
        innerZero = false;
        inner += DIGITS[d]! + SMALL[p]!;
      }
      words += inner + BIG[g]!;
    }
    words += '元';
  }
  if (jiao === 0 && fenPart === 0) return `${words}整`;
  if (jiao !== 0) words += `${DIGITS[jiao]!}角`;
  else if (yuan !== 0) words += '零';
  if (fenPart !== 0) words += `${DIGITS[fenPart]!}分`;
  return words;
}

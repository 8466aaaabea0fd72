// A person's name as a screen, slip or answer may show it (DESIGN.md convention 7: privacy by default).

/** 张三 -> 张*, 张三丰 -> 张*丰, 欧阳娜娜 -> 欧**娜; one character stays as it is. Counts characters, not UTF-16 units. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** Letters of any script (with their marks), the middle dot of minority and foreign names, spaces, apostrophes and hyphens. */
export const PERSON_NAME_PATTERN = /^[\p{L}\p{M}·・. '-]+$/u;

/** A name as a citizen may type it: 1-30 characters of PERSON_NAME_PATTERN after trimming. */
export function isPersonName(name: string): boolean {
  const n = name.trim();
  const length = [...n].length;
  return length >= 1 && length <= 30 && PERSON_NAME_PATTERN.test(n);
}

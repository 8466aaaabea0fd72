// English, the on-screen keyboard (ui/keyboard/). Every key of the Chinese table.
import type { keyboard as zh } from '../zh-CN/keyboard.ts';

export const keyboard: Record<keyof typeof zh, string> = {
  'keyboard.space': 'Space',
  'keyboard.shift': 'Caps',
  'keyboard.shift.on': 'Caps (on)',
  'keyboard.language.zh': '中',
  'keyboard.language.en': 'EN',
  'keyboard.language.label': 'Switch between Chinese and English input',
  'keyboard.candidates': 'Characters to choose',
  'keyboard.candidates.prev': 'Previous characters',
  'keyboard.candidates.next': 'More characters',
  'keyboard.candidates.none': 'No characters match: check the pinyin',
  'keyboard.candidates.loading': 'Preparing the characters…',
  'keyboard.candidates.failed': 'The characters could not be loaded: press EN to type letters, or ask the staff for help',
  'keyboard.open': 'Tap to type here',
  'keyboard.count': '{n} of {max} typed',
  'keyboard.id.valid': 'The number checks out',
  'keyboard.id.invalid': 'The number does not check out: compare every digit with the card',
  'keyboard.id.xLast': 'X can only be the last character',
  'keyboard.full': 'At most {max} characters',
} as const;

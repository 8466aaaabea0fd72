// The head every information slip starts with (case progress, payment receipt, booking): the hall's name large
// (double width when it fits), the slip's title, a rule; then left-aligned lines. Also the two line
// helpers such slips use: wrapped text and a label/value row, both by display width.
import type { EscPosEncoder } from './escpos.codec.ts';
import { displayWidth, twoColumns, wrapText } from './text-layout.ts';

export interface SlipLines {
  readonly wrapped: (text: string) => void;
  readonly row: (label: string, value: string) => void;
}

export function slipHead(e: EscPosEncoder, cols: number, hallName: string, title: string): SlipLines {
  e.init().defaultLineSpacing().chinese(true).align('center');
  const hallWide = displayWidth(hallName) * 2 <= cols;
  e.bold(true).size(hallWide ? 2 : 1, 2);
  for (const line of wrapText(hallName, hallWide ? cols / 2 : cols)) e.line(line);
  e.size(1, 2);
  for (const line of wrapText(title, cols)) e.line(line);
  e.size(1, 1).bold(false).line('-'.repeat(cols)).align('left');
  return {
    wrapped: (text) => {
      for (const line of wrapText(text, cols)) e.line(line);
    },
    row: (label, value) => {
      for (const line of twoColumns(label, value, cols)) e.line(line);
    },
  };
}

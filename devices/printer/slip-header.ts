// The head of a slip: the hall's name (double width when it fits the paper) and the slip's title, bold
// and tall, centred, then a rule; the body goes on left-aligned. Shared by the case progress and the
// booking slips.
import type { EscPosEncoder } from './escpos.codec.ts';
import { displayWidth, wrapText } from './text-layout.ts';

export function appendSlipHeader(e: EscPosEncoder, hallName: string, title: string, cols: number): void {
  e.init().defaultLineSpacing().chinese(true).align('center');
  const hallWide = displayWidth(hallName) * 2 <= cols;
  e.bold(true).size(hallWide ? 2 : 1, 2);
  for (const line of wrapText(hallName, hallWide ? cols / 2 : cols)) e.line(line);
  e.size(1, 2);
  for (const line of wrapText(title, cols)) e.line(line);
  e.size(1, 1).bold(false).line('-'.repeat(cols)).align('left');
}

// What the information slips (case progress, complaint receipt, payment receipt, booking) begin with and are made of, written
// once: an encoder in Chinese mode with the hall's name large (double width when it fits) over the
// slip's title, then wrapped lines and label/value rows that count display width (CJK is two columns).
import { EscPosEncoder } from './escpos.codec.ts';
import { displayWidth, twoColumns, wrapText } from './text-layout.ts';
import type { PrinterProfile } from './types.ts';

export interface SlipWriter {
  readonly e: EscPosEncoder;
  readonly cols: number;
  /** Text wrapped to the paper's width, one line each. */
  wrapped(text: string): void;
  /** A label on the left, its value on the right (wrapped when both do not fit). */
  row(label: string, value: string): void;
  /** Bold and double height; double width too when it fits on one line of the paper. */
  large(text: string): void;
  /** `prefix` then `text`, its continuation lines indented under the text. */
  hanging(prefix: string, text: string): void;
}

/** A new slip: the hall's name and `title`, centred and large, then a rule; left-aligned after it. */
export function startSlip(profile: PrinterProfile, hallName: string, title: string): SlipWriter {
  const cols = profile.columns;
  const e = new EscPosEncoder({ codePage: profile.codePage, dotsPerLine: profile.dotsPerLine });
  const w: SlipWriter = {
    e,
    cols,
    wrapped(text) {
      for (const line of wrapText(text, cols)) e.line(line);
    },
    row(label, value) {
      for (const line of twoColumns(label, value, cols)) e.line(line);
    },
    large(text) {
      const wide = displayWidth(text) * 2 <= cols;
      e.bold(true).size(wide ? 2 : 1, 2);
      for (const line of wrapText(text, wide ? cols / 2 : cols)) e.line(line);
      e.size(1, 1).bold(false);
    },
    hanging(prefix, text) {
      const indent = ' '.repeat(displayWidth(prefix));
      wrapText(text, cols - indent.length).forEach((l, i) => e.line((i === 0 ? prefix : indent) + l));
    },
  };
  e.init().defaultLineSpacing().chinese(true).align('center');
  const hallWide = displayWidth(hallName) * 2 <= cols;
  e.bold(true).size(hallWide ? 2 : 1, 2);
  for (const line of wrapText(hallName, hallWide ? cols / 2 : cols)) e.line(line);
  e.size(1, 2);
  for (const line of wrapText(title, cols)) e.line(line);
  e.size(1, 1).bold(false).line('-'.repeat(cols)).align('left');
  return w;
}

// A4 portrait geometry and type sizes, in points (1/72 inch). Sizes follow Chinese office documents:
// 18 pt (小二) titles, 12 pt (小四) headings, 10.5 pt (五号) body and tables, 9 pt (小五) header,
// footer and notes.

export const MM = 72 / 25.4;

export interface PageStyle {
  readonly width: number;
  readonly height: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Where the body starts and ends. */
  readonly contentTop: number;
  readonly contentBottom: number;
  /** Header: baseline of the hall name, and the rule under it. */
  readonly headerBaseline: number;
  readonly headerRule: number;
  /** Footer: the rule over it, and the baseline of the page number and print time. */
  readonly footerRule: number;
  readonly footerBaseline: number;
  readonly titleSize: number;
  readonly headingSize: number;
  readonly bodySize: number;
  readonly smallSize: number;
  readonly frameSize: number;
  /** Line height as a multiple of the type size. */
  readonly leading: number;
  /** Inside a table cell: left/right and top/bottom. */
  readonly cellPadX: number;
  readonly cellPadY: number;
  readonly ruleThickness: number;
  /** Grey of the label column and the table header (0 black .. 1 white). */
  readonly shade: number;
  /** A document longer than this is refused (a runaway input must not empty the paper tray). */
  readonly maxPages: number;
}

export const a4Portrait: PageStyle = {
  width: 210 * MM,
  height: 297 * MM,
  marginLeft: 20 * MM,
  marginRight: 20 * MM,
  contentTop: 22 * MM,
  contentBottom: 277 * MM,
  headerBaseline: 14 * MM,
  headerRule: 16 * MM,
  footerRule: 281 * MM,
  footerBaseline: 286 * MM,
  titleSize: 18,
  headingSize: 12,
  bodySize: 10.5,
  smallSize: 9,
  frameSize: 9,
  leading: 1.5,
  cellPadX: 5,
  cellPadY: 3,
  ruleThickness: 0.6,
  shade: 0.92,
  maxPages: 40,
};

/** Baseline of a line of type `size` set in a line box of height `lineHeight` that starts at `top`. */
export function baselineIn(top: number, size: number, lineHeight: number): number {
  // CJK glyphs fill the em box from about -0.12 em to 0.88 em around the baseline.
  return top + (lineHeight - size) / 2 + size * 0.88;
}

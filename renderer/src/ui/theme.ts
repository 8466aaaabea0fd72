// The theme: sizes in millimetres (a touch target is never under 12.7 mm, as in voting-machine
// standards), colours by role, and the two modes everyone can switch on: large text, high contrast.
export const sizesMm = {
  /** Minimum touch target edge. */
  touchTarget: 12.7,
  /** A pointer may move this far between press and release and still press. */
  pressTolerance: 6,
  gap: 4,
  gapLarge: 8,
  radius: 2.5,
  border: 0.5,
  focusRing: 1,
  textSmall: 4,
  textBody: 5.5,
  textLarge: 8,
  textTitle: 12,
  textHuge: 24,
  /** The hall's call display (renderer/src/display, read from 10 m): font sizes; a digit's height is
   *  about 0.72 of its font size, so the current call's digits stand about 100 mm tall. */
  displayCall: 140,
  displayRow: 64,
  displayInfo: 36,
} as const;

/** Large-text mode multiplies every text size by this. */
export const largeTextScale = 1.4;

export const colourRoles = [
  'background',
  'surface',
  'text',
  'textMuted',
  'primary',
  'onPrimary',
  'secondary',
  'onSecondary',
  'ok',
  'warn',
  'danger',
  'focus',
  'border',
  'banner',
  'onBanner',
] as const;
export type ColourRole = (typeof colourRoles)[number];
export type Palette = Record<ColourRole, string>;

export const palettes: Record<'standard' | 'highContrast', Palette> = {
  standard: {
    background: '#eef2f7',
    surface: '#ffffff',
    text: '#16202c',
    textMuted: '#4a5566',
    primary: '#0b57b0',
    onPrimary: '#ffffff',
    secondary: '#dfe8f4',
    onSecondary: '#0b3d7a',
    ok: '#16794a',
    warn: '#9a5b00',
    danger: '#b3261e',
    focus: '#f2a900',
    border: '#b9c4d3',
    banner: '#0b3d7a',
    onBanner: '#ffffff',
  },
  highContrast: {
    background: '#000000',
    surface: '#000000',
    text: '#ffffff',
    textMuted: '#ffffff',
    primary: '#ffd400',
    onPrimary: '#000000',
    secondary: '#000000',
    onSecondary: '#ffffff',
    ok: '#5dff9c',
    warn: '#ffd400',
    danger: '#ff8a80',
    focus: '#00e5ff',
    border: '#ffffff',
    banner: '#000000',
    onBanner: '#ffd400',
  },
};

export interface ThemeMode {
  readonly largeText: boolean;
  readonly highContrast: boolean;
}

/** CSS's nominal pixels per millimetre (96 dpi). */
export const NOMINAL_PX_PER_MM = 96 / 25.4;

export function pxPerMm(viewportWidthPx: number, screenWidthMm: number | null): number {
  return screenWidthMm ? viewportWidthPx / screenWidthMm : NOMINAL_PX_PER_MM;
}

/** The CSS custom properties of a theme: colours as `--c-<role>`, sizes as `--s-<name>` in px. */
export function themeVariables(mode: ThemeMode, pxMm: number): Record<string, string> {
  const vars: Record<string, string> = {};
  const palette = palettes[mode.highContrast ? 'highContrast' : 'standard'];
  for (const role of colourRoles) vars[`--c-${role}`] = palette[role];
  for (const [name, mm] of Object.entries(sizesMm)) {
    const scale = name.startsWith('text') && mode.largeText ? largeTextScale : 1;
    vars[`--s-${name}`] = `${(mm * pxMm * scale).toFixed(2)}px`;
  }
  return vars;
}

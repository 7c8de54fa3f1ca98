import type { FieldProblem } from '@jiyn/problems';

/** `#rrggbb`; stored in lower case. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The contrast white text needs on the brand colour: WCAG 2.2 level AA for text of normal size
 * (1.4.3). E-mail writes the organisation's name on it at 18 px bold — "large" text, which may go
 * down to 3:1, starts at 14 pt bold (18.7 px) — and the buttons' labels at 13 px.
 */
export const MIN_CONTRAST_WITH_WHITE = 4.5;

/** WCAG 2.2 relative luminance of an sRGB colour `#rrggbb` (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of white on the colour, from 1 (white) to 21 (black). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/**
 * `lowContrast` when white text on the colour would be hard to read; the ratio is rounded down, so
 * a refused colour never shows as 4.5:1.
 */
export function brandColourProblems(hex: string | null | undefined): FieldProblem[] {
  if (!hex || !HEX_COLOUR.test(hex)) return [];
  const ratio = contrastWithWhite(hex);
  if (ratio >= MIN_CONTRAST_WITH_WHITE) return [];
  return [
    {
      field: 'brandColour',
      code: 'lowContrast',
      args: [(Math.floor(ratio * 100) / 100).toFixed(2), MIN_CONTRAST_WITH_WHITE],
    },
  ];
}

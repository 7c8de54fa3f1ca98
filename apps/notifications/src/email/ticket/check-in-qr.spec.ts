import { describe, expect, it } from '@jest/globals';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { checkInQrPng } from './check-in-qr';

/** Reads the picture with two outside libraries: pngjs decodes the PNG, jsQR reads the code in it. */
function scan(png: Buffer) {
  const image = PNG.sync.read(png);
  return { image, code: jsQR(new Uint8ClampedArray(image.data), image.width, image.height) };
}

describe('the check-in QR code image', () => {
  it.each([
    ['a check-in token', 'ci_8f3a9c2e7b1d4f60a5e3c9d2b7f1a4e6'],
    ['a long token (a larger QR version)', `ci_${'0123456789abcdef'.repeat(12)}`],
    ['non-ASCII text', 'Тіркеу · Регистрация · ә ғ қ ң ө ұ ү һ'],
  ])('should scan back to exactly %s', (_label, token) => {
    const { image, code } = scan(checkInQrPng(token));

    expect(code?.data).toBe(token);
    // A square about 320 px wide: large enough to scan from a phone screen, small to send.
    expect(image.width).toBe(image.height);
    expect(image.width).toBeGreaterThanOrEqual(200);
    expect(image.width).toBeLessThanOrEqual(320);
  });

  it('should keep a white quiet zone around the code', () => {
    const { image } = scan(checkInQrPng('ci_quiet-zone'));
    const pixel = (x: number, y: number) => image.data[(y * image.width + x) * 4];

    for (let i = 0; i < image.width; i++) {
      expect([pixel(i, 0), pixel(0, i), pixel(i, image.width - 1), pixel(image.width - 1, i)]).toEqual([
        255, 255, 255, 255,
      ]);
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { brandColourProblems, contrastWithWhite, relativeLuminance } from './brand-colour';

describe('brand colour contrast with white text (WCAG 2.2)', () => {
  it('should measure the ends of the scale and the known AA boundary greys', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 10);
    expect(contrastWithWhite('#FFFFFF')).toBeCloseTo(1, 10);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails (WebAIM's checker: 4.54 and 4.48).
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite('#777777')).toBeCloseTo(4.48, 2);
  });

  it('should refuse what white text is hard to read on, naming the ratio rounded down', () => {
    expect(brandColourProblems('#767676')).toEqual([]);
    expect(brandColourProblems('#0b5cad')).toEqual([]);
    expect(brandColourProblems('#777777')).toEqual([
      { field: 'brandColour', code: 'lowContrast', args: ['4.47', 4.5] },
    ]);
    // The sky blue of the Kazakh flag (#00afca) needs darker text: 2.62:1.
    expect(brandColourProblems('#00AFCA')).toEqual([
      { field: 'brandColour', code: 'lowContrast', args: ['2.62', 4.5] },
    ]);
    // Left to the format check, and nothing to check when absent or cleared.
    expect(brandColourProblems('blue')).toEqual([]);
    expect(brandColourProblems(null)).toEqual([]);
    expect(brandColourProblems(undefined)).toEqual([]);
  });
});

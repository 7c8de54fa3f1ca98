/** The WHATWG Windows-1251 table (what TextDecoder decodes with), turned round: character → byte. */
const BYTE_OF: ReadonlyMap<string, number> = new Map(
  [...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, byte) => byte))].map(
    (char, byte) => [char, byte] as const,
  ),
);

const QUESTION_MARK = 0x3f;

/**
 * Text as Excel writes "CSV" on a Russian or Kazakh Windows: Windows-1251, with every character the
 * code page lacks (ә ғ қ ң ө ұ ү һ and their capitals; і/І it has) written as `?`.
 */
export function windows1251(text: string): Buffer {
  return Buffer.from([...text].map((char) => BYTE_OF.get(char) ?? QUESTION_MARK));
}

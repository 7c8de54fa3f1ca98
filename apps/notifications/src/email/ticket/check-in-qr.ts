import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** Quiet zone around the code, in modules (the QR standard asks for four; scanners manage with two). */
const MARGIN_MODULES = 2;
const TARGET_WIDTH_PX = 320;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The check-in code as a black-and-white PNG of about 320 px, 1 bit per pixel. `qrcode`'s own PNG
 * output (32-bit colour, pngjs' adaptive row filters) cost 11 ms of CPU per message, a third of the
 * e-mail service's whole budget; this writes the same picture as a 1-bit greyscale PNG in well
 * under a millisecond. The modules come from `qrcode`, so the code itself is theirs.
 */
export function checkInQrPng(token: string): Buffer {
  // One byte-mode segment: given a plain string, qrcode searches the best mix of modes (a shortest
  // path over the text), which cost as much as the rest of the picture for a token of this kind.
  const { modules } = QRCode.create([{ data: Buffer.from(token, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const side = modules.size + 2 * MARGIN_MODULES;
  const scale = Math.max(1, Math.floor(TARGET_WIDTH_PX / side));
  const width = side * scale;
  const rowBytes = 1 + Math.ceil(width / 8);
  // Filter byte 0 (none) per row, then the pixels: bit 1 is white, 0 black, most significant first.
  const raw = Buffer.alloc(rowBytes * width, 0xff);
  for (let y = 0; y < width; y++) {
    const row = y * rowBytes;
    raw[row] = 0;
    const moduleRow = Math.floor(y / scale) - MARGIN_MODULES;
    if (moduleRow < 0 || moduleRow >= modules.size) continue;
    for (let x = 0; x < width; x++) {
      const moduleColumn = Math.floor(x / scale) - MARGIN_MODULES;
      if (moduleColumn < 0 || moduleColumn >= modules.size) continue;
      if (modules.get(moduleRow, moduleColumn)) raw[row + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

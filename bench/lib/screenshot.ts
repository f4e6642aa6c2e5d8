import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG that looks like a pasted screenshot, made without any image library: a window with a title
 * bar, lines of "text" as bars, and a picture area of gradients and noise (as a photo or a chart in
 * a screenshot is), so its PNG weighs what real screenshots weigh (a few hundred KB at 1600 × 1000).
 * `seed` makes each one different.
 */
export function screenshotPng(width: number, height: number, seed: number): Buffer {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const hue = [random() * 200 + 30, random() * 200 + 30, random() * 200 + 30];
  const rows: Buffer[] = [];
  const pictureTop = Math.floor(height * 0.75);
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    row[0] = 0; // no filter
    for (let x = 0; x < width; x++) {
      let rgb: [number, number, number];
      if (y < 48) rgb = [hue[0] ?? 0, hue[1] ?? 0, hue[2] ?? 0];
      else if (y < pictureTop) {
        const line = Math.floor((y - 60) / 28);
        const inBar = (y - 60) % 28 < 12 && x > 40 && x < 40 + ((line * 7919 + seed) % 11) * 120 + 300;
        rgb = inBar ? [60, 60, 70] : [250, 250, 252];
      } else {
        const noise = random() * 12;
        rgb = [
          ((x / width) * 180 + noise + (hue[0] ?? 0) * 0.2) % 256,
          ((y / height) * 160 + noise) % 256,
          (((x + y) / (width + height)) * 200 + noise) % 256,
        ];
      }
      row[1 + x * 3] = rgb[0];
      row[2 + x * 3] = rgb[1];
      row[3 + x * 3] = rgb[2];
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A copy of a PNG that is a file of its own (a comment before its end), for many distinct images cheaply. */
export function pngCopy(png: Buffer, copy: number): Buffer {
  const end = png.length - 12; // the IEND chunk
  return Buffer.concat([
    png.subarray(0, end),
    chunk('tEXt', Buffer.from(`Comment\0copy ${copy}`, 'latin1')),
    png.subarray(end),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

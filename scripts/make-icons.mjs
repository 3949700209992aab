// Draws the app icons (a white shield with a check on blue) as PNG without any image library.
// Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size, padding) {
  const rows = [];
  const s = size / (1 + 2 * padding);
  const o = (size - s) / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = (x - o) / s; // 0..1 inside the artwork square
      const v = (y - o) / s;
      // Shield: a rectangle top half, a tapering point below.
      const halfWidth = v < 0.55 ? 0.34 : 0.34 * Math.max(0, 1 - (v - 0.55) / 0.35);
      const inShield = v > 0.12 && v < 0.9 && Math.abs(u - 0.5) < halfWidth;
      // Check mark: two thick strokes.
      const d1 = Math.abs((v - 0.52) - (u - 0.36)) / Math.SQRT2;
      const d2 = Math.abs((v - 0.62) + (u - 0.46)) / Math.SQRT2;
      const onCheck = (d1 < 0.045 && u > 0.33 && u < 0.47) || (d2 < 0.045 && u > 0.44 && u < 0.67);
      const [r, g, b] = inShield && !onCheck ? [255, 255, 255] : inShield ? [29, 78, 216] : [29, 78, 216];
      row.push(r, g, b, 255);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync('client/public/icon-192.png', icon(192, 0.05));
writeFileSync('client/public/icon-512.png', icon(512, 0.05));
// Maskable icons keep their artwork inside the central 80 % safe zone.
writeFileSync('client/public/icon-maskable-512.png', icon(512, 0.2));
console.log('icons written');

// Draws the app's icons into public/: `node scripts/draw-icons.mjs`. Plain Node (zlib only), so
// that the committed files can be made again on any machine, without an image library.
//
// The mark: a white ring around a dot — a focus point — on the app's teal (Tailwind teal-800,
// the colour of its primary buttons). PNGs are drawn from the same shapes as the SVG, each
// pixel's colour the share of it that each shape covers (8 × 8 samples per pixel).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const TEAL = [0x00, 0x5f, 0x5a]; // teal-800
const WHITE = [0xff, 0xff, 0xff];
const publicDir = fileURLToPath(new URL("../public/", import.meta.url));

/** Shapes on a unit square; `scale` shrinks the mark into a maskable icon's safe zone. */
const shape = ({ corner, scale }) => ({
  corner, // radius of the background's corners (0: square, for masks and Apple's own rounding)
  ring: 0.25 * scale, // centre line of the ring
  stroke: 0.09 * scale,
  dot: 0.095 * scale,
});
const ICON = shape({ corner: 0.22, scale: 1 });
const FULL_BLEED = shape({ corner: 0, scale: 1 });
// A maskable icon may be cut to a circle of 80 % of its width: the mark stays well inside it.
const MASKABLE = shape({ corner: 0, scale: 0.8 });

function inBackground(x, y, corner) {
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx * dx + dy * dy <= corner * corner;
}

function inMark(x, y, { ring, stroke, dot }) {
  const distance = Math.hypot(x - 0.5, y - 0.5);
  return distance <= dot || Math.abs(distance - ring) <= stroke / 2;
}

/** RGBA pixels of the icon at `size` × `size`. */
function draw(size, geometry) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inBackground(x, y, geometry.corner)) continue;
          background++;
          if (inMark(x, y, geometry)) mark++;
        }
      }
      const offset = (py * size + px) * 4;
      const white = background ? mark / background : 0;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(TEAL[channel] * (1 - white) + WHITE[channel] * white);
      }
      pixels[offset + 3] = Math.round((255 * background) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no filtering) of the icon at `size`. */
function png(size, geometry) {
  const pixels = draw(size, geometry);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG images (read by every browser since IE 11). */
function ico(sizes, geometry) {
  const images = sizes.map((size) => png(size, geometry));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16);
    entry[0] = sizes[index] % 256; // 0 means 256
    entry[1] = sizes[index] % 256;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

function svg({ corner, ring, stroke, dot }) {
  const n = (value) => +(value * 64).toFixed(2);
  const hex = `#${TEAL.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <title>WISE Focus</title>
  <rect width="64" height="64" rx="${n(corner)}" fill="${hex}"/>
  <circle cx="32" cy="32" r="${n(ring)}" fill="none" stroke="#fff" stroke-width="${n(stroke)}"/>
  <circle cx="32" cy="32" r="${n(dot)}" fill="#fff"/>
</svg>
`;
}

const files = {
  "icon.svg": svg(ICON),
  "favicon.ico": ico([16, 32, 48], ICON),
  "icon-192.png": png(192, ICON),
  "icon-512.png": png(512, ICON),
  "icon-maskable-512.png": png(512, MASKABLE),
  "apple-touch-icon.png": png(180, FULL_BLEED),
};
for (const [name, content] of Object.entries(files)) {
  writeFileSync(`${publicDir}${name}`, content);
  console.log(`public/${name}`);
}

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/attachments.json";
import { JPEG, PNG, WEBP } from "@/tests/fixtures/attachment-files";
import { cameraTraces, phonePhoto, pngDeclaring, truncated } from "@/tests/fixtures/camera-photos";
import { cleanPhoto } from "./clean-photo";
import { MAX_IMAGE_PIXELS } from "./limits";

/** The colour of a pixel of a picture, as "r,g,b". */
async function pixel(bytes: Uint8Array, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at], data[at + 1], data[at + 2]].join(",");
}

/** Near enough to a colour after two lossy encodings. */
const near = (actual: string, expected: [number, number, number]) =>
  actual.split(",").every((value, index) => Math.abs(Number(value) - (expected[index] ?? 0)) < 24);

describe("a photo is kept without its camera's metadata", () => {
  it.each([
    ["image/jpeg", "jpeg"],
    ["image/png", "png"],
    ["image/webp", "webp"],
  ] as const)(
    "a %s from a phone comes out upright, in its format, with no EXIF, GPS or XMP",
    async (mediaType, format) => {
      const original = await phonePhoto(format);
      // The fixture really carries what must go.
      const before = await sharp(original).metadata();
      expect(before).toMatchObject({ format, width: 60, height: 40, orientation: 6 });
      expect(before.exif).toBeDefined();
      expect(cameraTraces(original)).toContain("SN-4711-0815");

      const cleaned = await cleanPhoto(original, mediaType);
      if (!cleaned.ok) throw new Error(`the photo should be kept: ${cleaned.error}`);
      const after = await sharp(cleaned.bytes).metadata();
      expect(after.format).toBe(format);
      // Turned as the phone was held: 40 wide, 60 high, and no orientation left to apply twice.
      expect([after.width, after.height]).toEqual([40, 60]);
      expect([cleaned.width, cleaned.height]).toEqual([40, 60]);
      expect(after.orientation).toBeUndefined();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(cameraTraces(cleaned.bytes)).toEqual([]);
      // Turned clockwise: the red left half is now at the top.
      expect(near(await pixel(cleaned.bytes, 20, 5), [208, 32, 32])).toBe(true);
      expect(near(await pixel(cleaned.bytes, 20, 55), [32, 64, 208])).toBe(true);
    },
  );

  it("keeps a plain PNG's picture pixel for pixel", async () => {
    const cleaned = await cleanPhoto(PNG, "image/png");
    if (!cleaned.ok) throw new Error("the PNG should be kept");
    expect(await sharp(cleaned.bytes).raw().toBuffer()).toEqual(await sharp(PNG).raw().toBuffer());
  });
});

describe("a photo that cannot be decoded is refused", () => {
  it("refuses a truncated photo, a file that only starts like one, and one of another format", async () => {
    const unreadable = { ok: false, status: 400, error: "attachmentImageUnreadable" };
    expect(await cleanPhoto(truncated(await phonePhoto("jpeg")), "image/jpeg")).toEqual(unreadable);
    expect(await cleanPhoto(truncated(await phonePhoto("png")), "image/png")).toEqual(unreadable);
    // Signatures only (what the type detection accepts), no picture behind them.
    expect(await cleanPhoto(JPEG, "image/jpeg")).toEqual(unreadable);
    expect(await cleanPhoto(WEBP, "image/webp")).toEqual(unreadable);
    // A PNG handed over as a JPEG is not written again as something it is not.
    expect(await cleanPhoto(PNG, "image/jpeg")).toEqual(unreadable);
    // An image type it has no encoder for is refused, never kept with its metadata.
    expect(await cleanPhoto(await phonePhoto("png"), "image/gif")).toEqual(unreadable);
  });

  it("refuses a small file that declares more pixels than a photo may have, without decoding it", async () => {
    for (const [width, height] of [
      [7000, 7000],
      [20_000, 20_000],
    ] as const) {
      const bomb = await pngDeclaring(width, height);
      expect(bomb.byteLength).toBeLessThan(1000);
      expect(await cleanPhoto(bomb, "image/png")).toEqual({
        ok: false,
        status: 413,
        error: "attachmentImageTooManyPixels",
      });
    }
    // Just under the limit, the header is believed and the missing pixels refuse it instead.
    expect(await cleanPhoto(await pngDeclaring(6000, 6000), "image/png")).toMatchObject({
      error: "attachmentImageUnreadable",
    });
  });

  it("tells the reader the same limit as the check", () => {
    expect(en.Errors.attachmentImageTooManyPixels).toContain(
      `${MAX_IMAGE_PIXELS / 1_000_000} megapixels`,
    );
  });
});

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PHOTOS } from "@/tests/fixtures/report-snapshot";
import { embeddableImage, fitInside, imageForDocuments } from "./image-format";

describe("which photos the documents can embed", () => {
  it("reads a JPEG's and a PNG's size from their bytes", () => {
    expect(embeddableImage(PHOTOS.jpeg)).toEqual({ format: "jpg", width: 8, height: 6 });
    expect(embeddableImage(PHOTOS.png)).toEqual({ format: "png", width: 40, height: 30 });
  });

  it("gives JPEG and PNG to the documents as they are", async () => {
    expect(await imageForDocuments(PHOTOS.jpeg)).toEqual({
      format: "jpg",
      width: 8,
      height: 6,
      bytes: PHOTOS.jpeg,
    });
    expect((await imageForDocuments(PHOTOS.png))?.bytes).toBe(PHOTOS.png);
  });

  it("converts a WebP photo: to JPEG when opaque, to PNG when it has transparency", async () => {
    const opaque = await imageForDocuments(PHOTOS.webp);
    expect(opaque).toMatchObject({ format: "jpg", width: 4, height: 4 });
    // What pdfkit and docx are given is a JPEG of that size, read from its own bytes.
    expect(embeddableImage(opaque?.bytes ?? Buffer.alloc(0))).toEqual({
      format: "jpg",
      width: 4,
      height: 4,
    });

    const translucent = await sharp({
      create: {
        width: 30,
        height: 20,
        channels: 4,
        background: { r: 0, g: 128, b: 0, alpha: 0.5 },
      },
    })
      .webp({ lossless: true })
      .toBuffer();
    const converted = await imageForDocuments(translucent);
    expect(converted).toMatchObject({ format: "png", width: 30, height: 20 });
    expect(embeddableImage(converted?.bytes ?? Buffer.alloc(0))).toMatchObject({ format: "png" });
    expect((await sharp(converted?.bytes).metadata()).hasAlpha).toBe(true);
  });

  it("refuses a truncated JPEG or WebP and a file that only claims to be an image", async () => {
    expect(embeddableImage(PHOTOS.jpeg.subarray(0, 40))).toBeNull();
    expect(await imageForDocuments(PHOTOS.jpeg.subarray(0, 40))).toBeNull();
    expect(await imageForDocuments(PHOTOS.webp.subarray(0, 30))).toBeNull();
    expect(
      await imageForDocuments(Buffer.from("MZ\x90\x00 not a picture at all, an executable")),
    ).toBeNull();
  });

  it("scales a picture down to its box, never up, keeping its proportions", () => {
    expect(fitInside({ width: 1200, height: 800 }, { width: 600, height: 320 })).toEqual({
      width: 480,
      height: 320,
    });
    expect(fitInside({ width: 40, height: 30 }, { width: 600, height: 320 })).toEqual({
      width: 40,
      height: 30,
    });
  });
});

import { describe, expect, it } from "vitest";
import { PHOTOS } from "@/tests/fixtures/report-snapshot";
import { embeddableImage, fitInside } from "./image-format";

describe("which photos the documents can embed", () => {
  it("reads a JPEG's and a PNG's size from their bytes", () => {
    expect(embeddableImage(PHOTOS.jpeg)).toEqual({ format: "jpg", width: 8, height: 6 });
    expect(embeddableImage(PHOTOS.png)).toEqual({ format: "png", width: 40, height: 30 });
  });

  it("refuses WebP, a truncated JPEG and a file that only claims to be an image", () => {
    expect(embeddableImage(PHOTOS.webp)).toBeNull();
    expect(embeddableImage(PHOTOS.jpeg.subarray(0, 40))).toBeNull();
    expect(
      embeddableImage(Buffer.from("MZ\x90\x00 not a picture at all, an executable")),
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

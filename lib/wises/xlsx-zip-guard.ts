import { inflateRaw } from "node:zlib";

/**
 * An XLSX is a zip, and 2 MB of zip can unpack to gigabytes (a "zip bomb"). exceljs unpacks
 * every entry into memory, trusting what the zip says about itself, so the upload is checked
 * here first, in two steps:
 *
 * 1. The central directory, without unpacking anything: how many entries, the sizes they
 *    declare in total, and how far each one claims to expand (an honest bomb declares a
 *    ratio no spreadsheet has).
 * 2. Every entry unpacked with a hard cap on its output, the smaller of its declared size and
 *    what is left of the total: an entry that lies about its size is stopped as soon as it
 *    passes what it declared, so memory never holds more than the limit however large the
 *    real content is.
 *
 * Only then does exceljs read the file. The limits sit far above any real registry (a sheet of
 * 1,000 WISEs unpacks to a few megabytes at ratios near 10) and far below what would hurt.
 */
export const XLSX_ZIP_LIMITS = {
  /** A workbook has a dozen or so parts; a few hundred is already no spreadsheet. */
  maxEntries: 500,
  /** Total of the unpacked entries, declared and real. */
  maxUnpackedBytes: 40 * 1024 * 1024,
  /** Unpacked size over packed size, for entries large enough to matter. */
  maxRatio: 100,
  /** Below this an entry may expand as it likes (a small XML part of repeated tags does). */
  ratioFloorBytes: 1024 * 1024,
};
export type XlsxZipLimits = typeof XLSX_ZIP_LIMITS;

/** "importUnreadable": not a zip we read; "importXlsxUnsafe": it would unpack to too much. */
export type XlsxZipVerdict =
  | { ok: true; unpackedBytes: number }
  | { ok: false; error: "importUnreadable" | "importXlsxUnsafe" };

type Entry = { method: number; packed: number; unpacked: number; localHeader: number };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Zip64 marks sizes it keeps elsewhere with all ones; no 2 MB spreadsheet needs zip64. */
const ZIP64_MARK = 0xffffffff;

const unreadable = { ok: false, error: "importUnreadable" } as const;
const unsafe = { ok: false, error: "importXlsxUnsafe" } as const;

/** The entries the central directory lists, or why the zip is refused before unpacking. */
export function readCentralDirectory(
  bytes: Uint8Array,
  limits: XlsxZipLimits = XLSX_ZIP_LIMITS,
): { ok: true; entries: Entry[] } | Extract<XlsxZipVerdict, { ok: false }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return unreadable;
  const count = view.getUint16(end + 10, true);
  if (count > limits.maxEntries) return unsafe;
  const entries: Entry[] = [];
  let declared = 0;
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== ENTRY_SIGNATURE) {
      return unreadable;
    }
    const entry = {
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if ([entry.packed, entry.unpacked, entry.localHeader].includes(ZIP64_MARK)) return unreadable;
    declared += entry.unpacked;
    if (declared > limits.maxUnpackedBytes) return unsafe;
    const ratio = entry.unpacked / Math.max(entry.packed, 1);
    if (entry.unpacked > limits.ratioFloorBytes && ratio > limits.maxRatio) return unsafe;
    entries.push(entry);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

/** The entry's packed bytes, found through its local header as unzippers (and exceljs's) do. */
function packedData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    return null;
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.packed > bytes.byteLength) return null;
  return bytes.subarray(start, start + entry.packed);
}

/** Inflates with zlib's own output cap: it throws as soon as the output passes `cap`. */
function inflateCapped(data: Uint8Array, cap: number): Promise<Buffer | "overflow" | "corrupt"> {
  return new Promise((resolve) => {
    inflateRaw(data, { maxOutputLength: Math.max(cap, 1) }, (error, output) => {
      if (!error) resolve(output.byteLength > cap ? "overflow" : output);
      else
        resolve(
          (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "overflow" : "corrupt",
        );
    });
  });
}

/**
 * Whether exceljs may read these bytes: the central directory within the limits, and every
 * entry unpacking to no more than it declares, all together within the total.
 */
export async function checkXlsxZip(
  bytes: Uint8Array,
  limits: XlsxZipLimits = XLSX_ZIP_LIMITS,
): Promise<XlsxZipVerdict> {
  const directory = readCentralDirectory(bytes, limits);
  if (!directory.ok) return directory;
  let unpackedBytes = 0;
  for (const entry of directory.entries) {
    const data = packedData(bytes, entry);
    if (!data) return unreadable;
    const left = limits.maxUnpackedBytes - unpackedBytes;
    if (entry.method === STORED) {
      if (data.byteLength > left) return unsafe;
      unpackedBytes += data.byteLength;
      continue;
    }
    if (entry.method !== DEFLATED) return unreadable;
    const output = await inflateCapped(data, Math.min(entry.unpacked, left));
    if (output === "corrupt") return unreadable;
    // More than it declared (a lie) or than the total allows: stopped there, refused.
    if (output === "overflow") return unsafe;
    unpackedBytes += output.byteLength;
  }
  return { ok: true, unpackedBytes };
}

import { fileTypeFromBuffer } from "file-type";

/**
 * The media type the bytes themselves declare (their signature, and for DOCX, XLSX and ODT the
 * parts inside the ZIP), or null when no known signature matches. Only this is trusted: the name
 * and the type the browser sent are the uploader's claims.
 */
export async function detectMediaType(bytes: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}

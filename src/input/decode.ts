/**
 * Bytes to text, with the problems a scraped archive has: byte-order marks (UTF-8, UTF-16),
 * binary files and invalid UTF-8 (decoded with replacement characters and a warning).
 */
export type Decoded = { ok: true; text: string; warning: string | null } | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(body), warning: 'invalid UTF-8, decoded with replacement characters' };
  }
}

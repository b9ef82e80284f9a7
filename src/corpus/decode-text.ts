import { CorpusError } from './errors.js';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and another decoding was used: the user is told which. */
  note?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
// Windows-1252 is a superset of Latin-1 and decodes any byte, so it is the last resort; news
// text outside UTF-8 is nearly always in it.
const windows1252 = new TextDecoder('windows-1252');

/** How far into a file to look for NUL bytes, as git does to tell binary from text. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 with a note.
 * Binary files are refused rather than decoded into noise.
 */
export function decodeText(bytes: Uint8Array, source: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    try {
      return { text: utf16le.decode(bytes.subarray(2)) };
    } catch {
      throw new CorpusError(`corpus: ${source}: starts like UTF-16 but is not valid UTF-16; skipped`);
    }
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new CorpusError(`corpus: ${source}: binary file, not text; skipped`);
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return {
      text: windows1252.decode(bytes),
      note: `corpus: ${source}: not UTF-8; decoded as Windows-1252 (Latin-1)`,
    };
  }
}

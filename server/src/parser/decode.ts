// A config's bytes as an XML parser reads them (XML 1.0 appendix F): a byte order mark or the first bytes choose
// UTF-16, else the declaration's encoding="..." (UTF-8 when none), and the text back to the same bytes for --fix.
// Pure: no file system. Bytes that do not decode are problems at their place, never silently replaced.
import { isUtf8 } from 'node:buffer';

/** The encodings a config is written back in; any other one TextDecoder knows is read, never written. */
export type WritableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1' | 'windows-1252' | 'us-ascii';

export interface DecodeProblem {
  /** Offset in the decoded text. */
  offset: number;
  message: string;
}

export interface DecodedText {
  /** The text without its byte order mark. */
  text: string;
  /** The encoding the bytes were read in: a WritableEncoding, or another label TextDecoder knows. */
  encoding: string;
  /** The bytes began with a byte order mark (the text leaves it out; writing puts it back). */
  bom: boolean;
  problems: DecodeProblem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** windows-1252's characters for bytes 0x80-0x9F; the five bytes it leaves undefined stay C1 controls, so they round-trip. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const WINDOWS_1252_BYTE = new Map(WINDOWS_1252_HIGH.map((code, i) => [code, 0x80 + i]));

/** Names Xerces accepts (IANA names and aliases), folded onto the encodings read and written here. */
const ALIASES: Record<string, WritableEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'iso-8859-1': 'iso-8859-1', iso_8859_1: 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', 'iso8859-1': 'iso-8859-1', iso8859_1: 'iso-8859-1',
  latin1: 'iso-8859-1', l1: 'iso-8859-1', 'iso-ir-100': 'iso-8859-1', ibm819: 'iso-8859-1', cp819: 'iso-8859-1', csisolatin1: 'iso-8859-1',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252',
  'us-ascii': 'us-ascii', ascii: 'us-ascii',
  'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

export function decodeXml(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Layout(bytes);
  if (utf16) return decodeUtf16(bytes, utf16.encoding, utf16.bom);
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = bom ? undefined : declaredEncoding(Buffer.from(body.subarray(0, 1024)).toString('latin1'));
  const name = declared && (ALIASES[declared.name.toLowerCase()] ?? declared.name.toLowerCase());
  if (!name || name === 'utf-8' || name === 'us-ascii') return { ...decodeUtf8(body), encoding: name ?? 'utf-8', bom };
  if (name === 'iso-8859-1') return { text: Buffer.from(body).toString('latin1'), encoding: name, bom, problems: [] };
  if (name === 'windows-1252') return { text: decodeWindows1252(body), encoding: name, bom, problems: [] };
  const decoder = knownDecoder(name);
  if (!decoder || decoder.encoding.startsWith('utf-16')) {
    // Declared UTF-16 (or UCS-2, "unicode"), yet its first bytes are ASCII: the declaration cannot be true.
    const message = decoder
      ? `The declaration says ${declared!.name}, but the file's bytes are not UTF-16 (it has no byte order mark and starts in ASCII).`
      : `The encoding "${declared!.name}" is not one activemq-xml can read; the file was read as UTF-8.`;
    const text = decodeUtf8(body);
    return { ...text, encoding: 'utf-8', bom, problems: [{ offset: declared!.offset, message }, ...text.problems] };
  }
  return { text: decoder.decode(body), encoding: name, bom, problems: [] };
}

/** A decoder for an encoding name, if TextDecoder knows it as more than its "replacement" stand-in. */
function knownDecoder(name: string): TextDecoder | undefined {
  try {
    const decoder = new TextDecoder(name);
    return decoder.encoding === 'replacement' ? undefined : decoder;
  } catch {
    return undefined;
  }
}

/** UTF-16 by its byte order mark, or by `<?` as UTF-16 code units (a declaration without a mark). */
function utf16Layout(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true };
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return { encoding: 'utf-16le', bom: false };
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return { encoding: 'utf-16be', bom: false };
  return undefined;
}

/** The encoding name in an XML declaration at the start of the text, and the offset of that name. */
function declaredEncoding(head: string): { name: string; offset: number } | undefined {
  const match = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return match ? { name: match[2], offset: match.index + match[0].length - 1 - match[2].length } : undefined;
}

function decodeUtf8(bytes: Uint8Array): { text: string; problems: DecodeProblem[] } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (isUtf8(bytes)) return { text, problems: [] };
  const bad = firstInvalidUtf8(bytes);
  const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)).length;
  const shown = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return { text, problems: [{ offset, message: `Invalid UTF-8 at byte ${bad} (${shown}): the file is not UTF-8, and its XML declaration names no other encoding (e.g. encoding="ISO-8859-1").` }] };
}

/** The index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b));
    text += String.fromCharCode(...chunk);
  }
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const body = Buffer.from(bytes.subarray(bom ? 2 : 0));
  const units = body.subarray(0, body.length - (body.length % 2));
  // Node's utf16le keeps unpaired surrogates as they are, so they can be placed and the bytes rebuilt exactly.
  const text = (encoding === 'utf-16be' ? Buffer.from(units).swap16() : units).toString('utf16le');
  const problems: DecodeProblem[] = [];
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (lone) problems.push({ offset: lone.index, message: `Invalid ${encoding.toUpperCase()}: an unpaired surrogate (0x${text.charCodeAt(lone.index).toString(16).toUpperCase()}) is no character.` });
  if (body.length % 2 === 1) problems.push({ offset: text.length, message: `Invalid ${encoding.toUpperCase()}: the file ends in half a character (an odd number of bytes).` });
  return { text, encoding, bom, problems };
}

/** The bytes of a text in an encoding (with its byte order mark when it had one: only Unicode has one), or why it cannot be written so. */
export function encodeXml(text: string, encoding: string, bom: boolean): { bytes: Buffer } | { problem: string } {
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (lone && encoding !== 'utf-16le' && encoding !== 'utf-16be') return { problem: `an unpaired surrogate at offset ${lone.index} cannot be written in ${encoding.toUpperCase()}` };
  switch (encoding) {
    case 'utf-8':
      return { bytes: Buffer.concat([Buffer.from(bom ? UTF8_BOM : []), Buffer.from(text, 'utf8')]) };
    case 'utf-16le':
    case 'utf-16be': {
      const units = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
      return { bytes: encoding === 'utf-16be' ? units.swap16() : units };
    }
    case 'us-ascii':
    case 'iso-8859-1':
    case 'windows-1252': {
      const bytes = Buffer.alloc(text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const byte = encoding === 'us-ascii' ? (code < 0x80 ? code : undefined)
          : encoding === 'iso-8859-1' ? (code <= 0xff ? code : undefined)
          : code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTE.get(code);
        if (byte === undefined) return { problem: `the character ${JSON.stringify(String.fromCodePoint(text.codePointAt(i)!))} ` +
          `(U+${text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0')}) at offset ${i} cannot be written in ${encoding.toUpperCase()}` };
        bytes[i] = byte;
      }
      return { bytes };
    }
    default:
      return { problem: `activemq-xml reads ${encoding.toUpperCase()} but does not write it` };
  }
}

/** Why writing the decoded text back would not give the same bytes, or undefined when it would. */
export function roundTripProblem(bytes: Uint8Array, decoded: DecodedText): string | undefined {
  if (decoded.problems.length > 0) return decoded.problems[0].message;
  const encoded = encodeXml(decoded.text, decoded.encoding, decoded.bom);
  if ('problem' in encoded) return encoded.problem;
  return Buffer.from(bytes).equals(encoded.bytes) ? undefined : `its ${decoded.encoding.toUpperCase()} bytes do not come back the same once decoded`;
}

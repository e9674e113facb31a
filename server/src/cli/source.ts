// A config as activemq-lint takes it: bytes read within the size limit, decoded as an XML parser would, bytes that
// do not decode turned into xml-syntax problems at their place, and --fix's text written back in the same encoding.
import { decodeXml, encodeXml, roundTripProblem, xmlSyntax, type DecodedText, type ParsedDocument, type Problem, type ResolvedSettings } from '../service/languageService';
import { readConfigFile, readStdin as readStandardInput, type ConfigRead } from './read';
import { replaceFile, type WriteHooks } from './write';

export interface ConfigSource {
  bytes: Buffer;
  decoded: DecodedText;
}

/** Standard input as the caller gives it: read by activemq-lint itself, or a text (tests, other tools). */
export type StdinReader = (limit: number) => ConfigRead | string;

export const readStdinBounded: StdinReader = readStandardInput;

/** A config file or standard input (`-`), read up to `limitKB` and decoded. */
export function readSource(file: string, limitKB: number, readStdin: StdinReader): ConfigSource | Exclude<ConfigRead, { kind: 'bytes' }> {
  const limit = limitKB * 1024;
  let read: ConfigRead;
  if (file !== '-') read = readConfigFile(file, limit);
  else {
    const given = readStdin(limit);
    read = typeof given !== 'string' ? given
      : Buffer.byteLength(given) > limit ? { kind: 'too-large', size: Buffer.byteLength(given) }
      : { kind: 'bytes', bytes: Buffer.from(given) };
  }
  if (read.kind !== 'bytes') return read;
  return { bytes: read.bytes, decoded: decodeXml(read.bytes) };
}

/** Bytes that do not decode, as xml-syntax problems (an XML parser stops there; so does ActiveMQ). */
export function decodeProblems(source: ConfigSource, doc: ParsedDocument, settings: ResolvedSettings): Problem[] {
  const severity = settings.rules[xmlSyntax.id] ?? xmlSyntax.defaultSeverity;
  if (severity === 'off' || !settings.reportSyntaxErrors || !doc.isBrokerConfig) return [];
  const length = source.decoded.text.length;
  return source.decoded.problems.map((p) => ({
    rule: xmlSyntax,
    severity,
    finding: { span: { start: Math.min(p.offset, length), end: Math.min(p.offset + 1, length) }, message: p.message },
  }));
}

/** The fixed text as the config's bytes in its own encoding, or why --fix refuses to write it. */
export function encodeFixed(file: string, source: ConfigSource, fixed: string): { bytes: Buffer } | { refused: string } {
  const { decoded } = source;
  const unsafe = roundTripProblem(source.bytes, decoded);
  if (unsafe) return { refused: `not writing the fixes to ${file}: it would not keep its bytes (${unsafe})` };
  const encoded = encodeXml(fixed, decoded.encoding, decoded.bom);
  return 'problem' in encoded ? { refused: `not writing the fixes to ${file}: ${encoded.problem}` } : encoded;
}

/** Writes the fixed text into the config in its own encoding; the reason when it refused or failed. */
export function writeFixed(file: string, source: ConfigSource, fixed: string, hooks: WriteHooks): string | undefined {
  const encoded = encodeFixed(file, source, fixed);
  return 'refused' in encoded ? encoded.refused : replaceFile(file, source.bytes, encoded.bytes, hooks);
}

// Checks a packaged .vsix the way the Marketplace serves it: its JavaScript bundles are minified and point at no
// source map (none is packaged). Reads the zip's central directory itself, so CI needs no unzip.
// Usage: node scripts/vscode/check-vsix.mjs activemq-xml-<version>.vsix
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** name → contents of every file in a zip archive (stored or deflated entries). */
export function readZip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + size);
    files.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const vsix = process.argv[2];
if (!vsix) { console.error('usage: check-vsix.mjs FILE.vsix'); process.exit(2); }
const files = readZip(readFileSync(vsix));
const problems = [];
const bundles = [...files.keys()].filter((name) => name.endsWith('.js'));
if (bundles.length === 0) problems.push('no JavaScript in the package');
for (const name of bundles) {
  const text = files.get(name).toString('utf8');
  if (/sourceMappingURL/.test(text)) problems.push(`${name} ends with a sourceMappingURL`);
  if (/^\/\/ (client|server)\/src\/\S+\.ts$/m.test(text)) problems.push(`${name} is not minified (it has a development build's module comments)`);
}
for (const name of files.keys()) if (name.endsWith('.map')) problems.push(`${name} is packaged`);
if (problems.length > 0) {
  console.error(`${vsix}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${vsix}: ${bundles.length} bundles, minified, no source map references`);

// A string built from many pieces (a template literal, `+`) is a tree of its pieces in V8 until something reads
// it character by character: a message kept until the report then costs a tree node per piece, each copied by
// every collection it survives. Reading one character makes V8 copy it into one flat string, and the next
// collection drops the tree.

/** `text` itself, flat in memory from here on (same value; for strings kept long, e.g. thousands of messages). */
export function flatString(text: string): string {
  text.charCodeAt(0);
  return text;
}

// file-too-large: the file is above the size limit, so it was not analysed. The service and the CLI report it before
// parsing (a file that large is never read whole), so `check` finds nothing: a parsed document is within the limit.
// The rule is here for its id, its severity setting and its docs: an unanalysed file must never pass silently.
import type { Finding, Rule } from './types';

export const FILE_TOO_LARGE = 'file-too-large';

export const fileTooLarge: Rule = {
  id: FILE_TOO_LARGE,
  defaultSeverity: 'error',
  category: 'structure',
  summary: 'The file is above the size limit, so it was not analysed at all.',
  docs: {
    catches: 'A config larger than the size limit (5120 KB by default). It is not read past the limit and not analysed, so none of its problems would be found; instead of passing silently it gets this one finding at its first line.',
    runtime: 'ActiveMQ reads a large file like any other; real broker configs are a few KB to a few hundred KB, so a file of megabytes is usually generated, concatenated by mistake or hostile.',
    wrong: '<!-- 40 MB: an activemq.xml with a generated authorization map -->',
    right: '<!-- split the generated part out, or raise the limit: activemq-lint --max-file-size 65536 (KB) -->',
    fix: 'Make the file smaller, or raise the limit on purpose: `--max-file-size N` (KB, or `N MB`) on the command line, the setting `activemqXml.maxFileSizeKB` in the editor.',
  },
  check: () => [],
};

/** The finding for a file above the limit; `size` in bytes when known (a file's size, not a pipe's). */
export function fileTooLargeFinding(limitKB: number, size: number | undefined): Finding {
  const actual = size === undefined ? '' : ` (it has ${Math.ceil(size / 1024)} KB)`;
  return {
    span: { start: 0, end: 0 },
    message: `Not analysed: this file is above the size limit of ${limitKB} KB${actual}; raise it with --max-file-size (CLI) or activemqXml.maxFileSizeKB (editor).`,
  };
}

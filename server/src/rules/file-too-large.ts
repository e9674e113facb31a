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
    autofix: false,
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

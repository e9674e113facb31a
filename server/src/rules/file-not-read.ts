// file-not-read: a file beside the config that a check needed was not read (outside the project, not a regular
// file, too large, an untrusted workspace). It names the path and the reason, never anything of the file's content.
// It runs after every other rule (last in the registry), since it reports what they asked for.
import { unreadFiles } from './support/unreadFiles';
import type { Finding, Rule } from './types';

export const fileNotRead: Rule = {
  id: 'file-not-read',
  defaultSeverity: 'info',
  category: 'structure',
  summary: 'A file beside the config that a check needs was not read: outside the project, not a regular file, or too large.',
  docs: {
    autofix: false,
  },
  check({ doc, files }) {
    const span = doc.model.broker?.nameSpan ?? doc.tree.elements[0]?.nameSpan ?? { start: 0, end: 0 };
    const unread = unreadFiles(files);
    const skipped = (rules: string[]) => (rules.length ? ` Not checked for want of it: ${[...new Set(rules)].join(', ')}.` : '');
    // No file is read at all (an untrusted workspace): one finding, not one per name a rule looked for.
    if (files.disabled) {
      return unread.length ? [{ span, message: `The files beside this config were not read: ${files.disabled}.${skipped(unread.flatMap((u) => u.wantedBy))}` }] : [];
    }
    return unread.map(({ refusal, wantedBy }): Finding => ({ span, message: `${refusal.path} was not read: ${refusal.reason}.${skipped(wantedBy)}` }));
  },
};

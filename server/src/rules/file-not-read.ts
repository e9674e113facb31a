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
    catches: 'A file the config names (directly, or through login.config) that a check needs — `credentials.properties`, `login.config`, the users and groups files login.config names, an imported `jetty.xml` and its realm file, key and trust stores, the JMX password file — and that the linter refused to read: its real path (symlinks resolved) is outside the project (the workspace folder in the editor; in the CLI the nearest folder above the config holding `.git` or `.activemq-lint.json`), it is no regular file (a device, a FIFO, a socket, anything under /proc, /sys or /dev), it is larger than 1 MB (the document limit for XML), or the workspace is not trusted. Reported once per file on the broker element, with the rules that went without it. A file that is simply not there is not reported.',
    runtime: 'Nothing at run time: the broker reads these files as its own user. The linter does not, so that a config from a cloned repository or a pull request cannot make it print another file of the machine (a groups file named `/proc/self/environ` would otherwise show the environment, CI secrets included). The checks that need the file are skipped for it, and this finding says so instead of passing in silence.',
    wrong: '<!-- login.config: org.apache.activemq.jaas.properties.group="/etc/activemq/groups.properties", and the config is linted in a checkout elsewhere -->',
    right: 'activemq-lint --allow-outside /etc/activemq conf/activemq.xml',
    fix: 'Keep the files beside the config inside the project, or widen the root on purpose: `--allow-outside DIR` (repeatable) on the command line, the setting `activemqXml.files.allowOutside` in the editor (trusted workspaces only).',
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

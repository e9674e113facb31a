// Command-line arguments of activemq-lint.
import { nearestName, ruleById, RULES, SEVERITY_SETTINGS, type SeveritySetting } from '../service/languageService';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'markdown', 'csv'] as const;
/** The formats only --matrix prints. */
const MATRIX_FORMATS: readonly string[] = ['markdown', 'csv'];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  format: OutputFormat;
  maxWarnings: number | undefined;
  whoCan: string | undefined;
  /** --matrix: print the access matrix; --who adds concrete destinations to it. */
  matrix: boolean;
  who: string[];
  clientFiles: string[];
  brokerVersion: string | undefined;
  /** The name standard input (`-`) is reported under, and whose folder holds credentials.properties. */
  stdinFilename: string | undefined;
  /** --rule id=severity, as the editor's activemqXml.rules setting. */
  rules: Record<string, SeveritySetting>;
  /** Apply the autofixes to the files, then report what is left. */
  fix: boolean;
  /** Print what --fix would change, as a unified diff, and change nothing. */
  fixDryRun: boolean;
  /** The project settings file to use instead of the nearest .activemq-lint.json. */
  config: string | undefined;
  /** Use no project settings file. */
  noConfig: boolean;
  /** Print the settings each file would be linted with instead of linting it. */
  printConfig: boolean;
  /** Report errors only (warnings still count for --max-warnings). */
  quiet: boolean;
  /** --max-file-size: the size limit in KB, as the editor's activemqXml.maxFileSizeKB. */
  maxFileSizeKB: number | undefined;
  /** Folders outside the project whose files the config may name (login.config's users, key stores). */
  allowOutside: string[];
  files: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: activemq-lint [options] FILE...   (FILE - reads standard input)

Checks ActiveMQ Classic broker configurations (activemq.xml) for security mistakes.

Options:
  --format FORMAT            text (default), json, sarif (code scanning), github (annotations
                             in GitHub Actions) or gitlab (a Code Quality report)
  --max-warnings N           exit with 1 when there are more than N warnings
  --quiet                    report errors only (warnings still count for --max-warnings)
  --max-file-size SIZE       analyse files up to SIZE, in KB (or 20MB); larger ones are a
                             file-too-large error (default 5120 KB)
  --who-can DESTINATION      print who may read, write and administer a destination,
                             e.g. queue://ORDERS.EU or topic://ActiveMQ.Advisory.Connection
  --matrix                   print the access matrix: who may read (R), write (W) and administer (A)
                             each destination pattern the authorization entries name, per user;
                             --format text, markdown, csv or json
  --who DESTINATION          with --matrix: add a concrete destination's column (repeatable)
  --client FILE              also check a client's settings (alfresco-global.properties) against the broker
  --broker-version X.Y.Z     the broker version to assume when the file does not name one
  --stdin-filename PATH      the name for standard input in the output; the files beside it
                             (credentials.properties, login.config) are read as for a real file
  --rule RULE=SEVERITY       set a rule's severity: off, hint, info, warning or error (repeatable),
                             e.g. --rule unused-group=off --rule anonymous-access=error
  --config FILE              the project settings to use ({"rules": {...}, "brokerVersion": "..."});
                             by default the nearest .activemq-lint.json in the file's folder or above
  --no-config                use no .activemq-lint.json
  --allow-outside DIR        also read the files the config names (login.config, users and groups
                             files, credentials.properties, jetty.xml, key stores) from DIR
                             (repeatable); by default only files inside the project are read: the
                             nearest folder above the config holding .git or .activemq-lint.json
  --print-config             print each file's settings (the project file found, every rule's
                             severity, the broker version) as JSON instead of linting
  --fix                      correct the slips whose meaning is not in doubt (letter case, list
                             separators, queue/topic mix-ups) in the files, then report the rest
  --fix-dry-run              print what --fix would change as a unified diff (for git apply),
                             changing nothing; works on standard input too
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage or file problems.`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    format: 'text',
    maxWarnings: undefined,
    whoCan: undefined,
    matrix: false,
    who: [],
    clientFiles: [],
    brokerVersion: undefined,
    stdinFilename: undefined,
    rules: {},
    fix: false,
    fixDryRun: false,
    config: undefined,
    noConfig: false,
    printConfig: false,
    quiet: false,
    maxFileSizeKB: undefined,
    allowOutside: [],
    files: [],
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be text, json, sarif, github or gitlab (markdown or csv with --matrix), not "${f}"`);
        options.format = f as OutputFormat;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings takes a whole number, not "${v}"`);
        options.maxWarnings = Number(v);
        break;
      }
      case '--max-file-size':
        options.maxFileSizeKB = parseSize(value());
        break;
      case '--who-can':
        options.whoCan = value();
        break;
      case '--matrix':
        options.matrix = true;
        break;
      case '--who':
        options.who.push(value());
        break;
      case '--client':
        options.clientFiles.push(value());
        break;
      case '--broker-version':
        options.brokerVersion = value();
        break;
      case '--stdin-filename':
        options.stdinFilename = value();
        break;
      case '--rule': {
        const [id, severity] = parseRuleSetting(value());
        options.rules[id] = severity;
        break;
      }
      case '--fix':
        options.fix = true;
        break;
      case '--fix-dry-run':
        options.fixDryRun = true;
        break;
      case '--config':
        options.config = value();
        break;
      case '--no-config':
        options.noConfig = true;
        break;
      case '--print-config':
        options.printConfig = true;
        break;
      case '--allow-outside':
        options.allowOutside.push(value());
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        options.files.push(arg);
    }
  }
  if (!options.help && !options.version && options.files.length === 0) throw new UsageError('no file given');
  if (options.files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be given once');
  if (options.stdinFilename && !options.files.includes('-')) throw new UsageError('--stdin-filename names standard input: give - as a file too');
  if (options.fix && options.files.includes('-')) throw new UsageError('--fix writes the fixes into the files, and standard input is no file: fix the file it comes from');
  if (options.config && options.noConfig) throw new UsageError('--config and --no-config contradict each other');
  if (MATRIX_FORMATS.includes(options.format) && !options.matrix) throw new UsageError(`--format ${options.format} is for --matrix only`);
  if (options.who.length > 0 && !options.matrix) throw new UsageError('--who adds a destination to --matrix: give --matrix too (or --who-can for one destination)');
  if (options.matrix && (options.whoCan || options.fix || options.fixDryRun || options.printConfig)) throw new UsageError('--matrix goes with none of --who-can, --fix, --fix-dry-run and --print-config');
  if (options.matrix && !['text', 'json', ...MATRIX_FORMATS].includes(options.format)) throw new UsageError(`--matrix prints text, markdown, csv or json, not ${options.format}`);
  if (options.fix && options.whoCan) throw new UsageError('--fix and --who-can do not go together: --who-can changes nothing');
  if (options.fixDryRun && (options.fix || options.whoCan)) throw new UsageError('--fix-dry-run prints what --fix would change: give it without --fix and --who-can');
  return options;
}

/** A size in KB: a whole number, optionally with KB or MB after it. */
function parseSize(text: string): number {
  const m = /^(\d+)\s*(k|kb|m|mb)?$/i.exec(text);
  const kb = m ? Number(m[1]) * (/^m/i.test(m[2] ?? '') ? 1024 : 1) : 0;
  if (!(kb >= 1 && Number.isSafeInteger(kb))) throw new UsageError(`--max-file-size takes a size in KB such as 10240, or 10MB, not "${text}"`);
  return kb;
}

function parseRuleSetting(setting: string): [string, SeveritySetting] {
  const m = /^([^=]+)=(.*)$/.exec(setting);
  if (!m) throw new UsageError(`--rule takes RULE=SEVERITY, e.g. unused-group=off, not "${setting}"`);
  const [, id, severity] = m;
  if (!ruleById(id)) {
    const suggestion = nearestName(id, RULES.map((r) => r.id));
    throw new UsageError(`--rule: no rule is called "${id}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}; docs/rules.md lists them`);
  }
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) throw new UsageError(`--rule ${id}: the severity must be off, hint, info, warning or error, not "${severity}"`);
  return [id, severity as SeveritySetting];
}

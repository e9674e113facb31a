// User settings as the service reads them, with defaults. The server maps VS Code's `activemqXml.*` settings
// here and the CLI its flags.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** Per rule id: off, hint, info, warning or error. */
  rules?: Record<string, SeveritySetting>;
  /** The broker version to assume when the config does not name one in xsi:schemaLocation. */
  brokerVersion?: string;
  /** Above this size (in KB) a document is not analysed. */
  maxFileSizeKB?: number;
  /** Leave well-formedness errors to another XML extension. */
  reportSyntaxErrors?: boolean;
  /** Values for ${activemq.conf} and ${activemq.base}; by default the config's folder and its parent. */
  activemqConf?: string;
  activemqBase?: string;
  /** The project's .activemq-lint.json these settings include, and what in it could not be read (for display). */
  projectConfig?: { path: string; problems: string[] };
}

export type ResolvedSettings = Required<Pick<Settings, 'rules' | 'maxFileSizeKB' | 'reportSyntaxErrors'>> & Settings;

export const DEFAULT_MAX_FILE_SIZE_KB = 5 * 1024;

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function resolveSettings(settings: Settings | undefined): ResolvedSettings {
  return {
    ...settings,
    rules: settings?.rules ?? {},
    maxFileSizeKB: settings?.maxFileSizeKB ?? DEFAULT_MAX_FILE_SIZE_KB,
    reportSyntaxErrors: settings?.reportSyntaxErrors ?? true,
  };
}

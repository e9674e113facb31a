// VS Code's activemqXml.* settings, mapped onto the service's settings.
import type { Settings, SeveritySetting } from '../service/languageService';

export interface ClientSettings {
  validate?: { trigger?: 'onType' | 'onSave' };
  rules?: Record<string, SeveritySetting>;
  brokerVersion?: string;
  maxFileSizeKB?: number;
  syntaxErrors?: 'auto' | 'always' | 'never';
  activemqConf?: string;
  activemqBase?: string;
  files?: { allowOutside?: string[] };
}

export interface ServerSettings {
  trigger: 'onType' | 'onSave';
  service: Settings;
  /** activemqXml.files.allowOutside: folders outside the workspace whose files a config may name. */
  allowOutside: string[];
}

export function toServerSettings(raw: ClientSettings | null | undefined, redHatXmlActive: boolean): ServerSettings {
  const s = raw ?? {};
  const syntax = s.syntaxErrors ?? 'auto';
  return {
    trigger: s.validate?.trigger === 'onSave' ? 'onSave' : 'onType',
    allowOutside: Array.isArray(s.files?.allowOutside) ? s.files.allowOutside.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    service: {
      rules: s.rules ?? {},
      brokerVersion: s.brokerVersion || undefined,
      maxFileSizeKB: typeof s.maxFileSizeKB === 'number' && s.maxFileSizeKB > 0 ? s.maxFileSizeKB : undefined,
      reportSyntaxErrors: syntax === 'always' || (syntax === 'auto' && !redHatXmlActive),
      activemqConf: s.activemqConf || undefined,
      activemqBase: s.activemqBase || undefined,
    },
  };
}

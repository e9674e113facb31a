// The linter's findings on a config, through the language service (what the editor and activemq-lint show).
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { filesFromMap } from '../../server/src/base/files';
import type { Settings } from '../../server/src/base/settings';
import type { BrokerConfig } from './broker';

export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** The text the finding's range covers. */
  text: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function lintConfig(config: BrokerConfig, settings?: Settings): LintFinding[] {
  const service = getLanguageService();
  const lines = config.xml.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return service
    .validateText(config.xml, 'file:///config/activemq.xml', settings, filesFromMap(config.files ?? {}))
    .map((d: Diagnostic) => ({
      rule: String(d.code),
      severity: SEVERITIES[d.severity ?? 1],
      message: messageText(d),
      text: config.xml.slice(offset(d.range.start), offset(d.range.end)),
    }));
}

/** The findings of one rule. */
export function ruleFindings(config: BrokerConfig, ruleId: string, settings?: Settings): LintFinding[] {
  return lintConfig(config, settings).filter((f) => f.rule === ruleId);
}

/** The Alfresco client checks' findings for a repository's alfresco-global.properties against a broker config. */
export function alfrescoFindings(brokerXml: string, properties: string): { code: string; message: string }[] {
  const service = getLanguageService();
  const broker = service.context(service.parse(brokerXml, 'file:///config/activemq.xml'));
  return service.validateClientSettings(properties, 'file:///config/alfresco-global.properties', broker)
    .map((d) => ({ code: String(d.code), message: messageText(d) }));
}

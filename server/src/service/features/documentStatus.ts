// What an editor's status bar says about a document: whether it is analysed and, if not, why; the broker version
// the version-dependent rules assume and where it comes from; the shape of its security; how many problems fix
// all would correct.
import { ACTIVEMQ_NAMESPACE } from '../../model/types';
import type { ResolvedSettings } from '../../base/settings';
import { whetherAnalysed } from '../whetherAnalysed';
import type { FeatureContext } from './context';
import { autofixes } from './fixAll';

export type DocumentStatusKind = 'analysed' | 'template' | 'tooLarge' | 'notBroker';

export interface DocumentStatus {
  kind: DocumentStatusKind;
  /** A few words for the status bar. */
  label: string;
  /** A sentence or two: why, or what was assumed. */
  detail: string;
  /** Problems that fix all (and --fix) would correct now. */
  autofixable: number;
  /** No file beside the config is read (an untrusted workspace): the checks that need them are skipped. */
  restricted?: boolean;
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'An' : 'A';
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/**
 * The status of a document's text. `analyse` gives its parsed context; it is called only when the text is one the
 * rules run on (an ActiveMQ broker config within the size limit).
 */
export function documentStatus(text: string, settings: ResolvedSettings, analyse: () => FeatureContext): DocumentStatus {
  const notBroker: DocumentStatus = { kind: 'notBroker', label: 'Not an ActiveMQ config', detail: `No element in ActiveMQ's namespace (${ACTIVEMQ_NAMESPACE}), so the file is left alone.`, autofixable: 0 };
  const before = whetherAnalysed(text, settings);
  if (!before.analysed && before.reason === 'notBroker') return notBroker;
  if (!before.analysed && before.reason === 'tooLarge') {
    return { kind: 'tooLarge', label: 'ActiveMQ: not analysed', detail: `${before.sizeKB} KB, above the limit of ${settings.maxFileSizeKB} KB (setting activemqXml.maxFileSizeKB).`, autofixable: 0 };
  }
  const context = analyse();
  const { doc } = context;
  if (!whetherAnalysed(text, settings, doc).analysed) return notBroker;
  if (doc.template?.unreadable) {
    return { kind: 'template', label: `ActiveMQ ${doc.template.kind} template`, detail: `${article(doc.template.kind)} ${doc.template.kind} ` +
      `template of a config whose markup cannot be read as XML with its template tags set aside: only its XML syntax is checked; render it and lint the result.`, autofixable: 0 };
  }
  const templateSentence = doc.template ? `${article(doc.template.kind)} ${doc.template.kind} template: its expressions are read as placeholders, its control tags as absent.` : '';
  const sentences = [templateSentence, versionSentence(context), securitySentence(context), sideFilesSentence(context), projectConfigSentence(settings)].filter(Boolean);
  const restricted = context.files.disabled !== undefined;
  const label = restricted ? 'ActiveMQ (restricted mode)' : doc.template ? `ActiveMQ ${doc.template.kind} template` : 'ActiveMQ broker config';
  return { kind: 'analysed', label, detail: sentences.join(' '), autofixable: autofixes(context).length, ...(restricted ? { restricted } : {}) };
}

function projectConfigSentence({ projectConfig }: ResolvedSettings): string {
  if (!projectConfig) return '';
  const { path, problems } = projectConfig;
  if (problems.length === 0) return `Project settings: ${path}.`;
  return `Project settings: ${path}, except what it gets wrong: ${problems.join('; ')}.`;
}

/** Which files beside the config are read: none in an untrusted workspace, else those inside the root. */
function sideFilesSentence({ files }: FeatureContext): string {
  if (files.disabled) return `Files beside it (login.config, credentials.properties, users and groups, jetty.xml, key stores, .activemq-lint.json) are not read: ${files.disabled}; trust the workspace to check them.`;
  return files.root ? `Files beside it are read from ${files.root} only (setting activemqXml.files.allowOutside widens it).` : '';
}

function versionSentence(context: FeatureContext): string {
  const version = context.analysis.brokerVersion();
  if (!version) return 'Broker version: none named, so a current broker is assumed (set activemqXml.brokerVersion for an older one).';
  return `Broker ${version.version}, from ${version.source === 'schemaLocation' ? 'xsi:schemaLocation' : 'the activemqXml.brokerVersion setting'}.`;
}

function securitySentence({ doc }: FeatureContext): string {
  const { authentication, users, authorization, entries } = doc.model;
  const authenticationPart = authentication.length === 0
    ? 'no authentication plugin'
    : `${authentication.map((a) => (a.kind === 'spring-bean' ? 'an authentication plugin bean' : a.element.localName)).join(' and ')}${users.length > 0 ? ` with ${plural(users.length, 'user')}` : ''}`;
  const grants = entries.filter((e) => e.role === 'entry').length;
  const authorizationPart = authorization.length === 0 ? 'no authorization plugin' : `an authorization map with ${plural(grants, 'entry', 'entries')}`;
  return `Security: ${authenticationPart}; ${authorizationPart}.`;
}

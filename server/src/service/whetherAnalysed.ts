// The one place that decides whether the rules run on a document, and why not: the server, the status bar, the
// facade and the CLI all ask here.
import { mayHoldBroker } from '../model/bareBroker';
import type { ParsedDocument } from '../model/parsedDocument';
import { ACTIVEMQ_NAMESPACE } from '../model/types';
import type { ResolvedSettings } from '../base/settings';

export type AnalysedOrWhyNot =
  | { analysed: true; reason?: undefined }
  | { analysed: false; reason: 'notBroker'; detail: string }
  | { analysed: false; reason: 'tooLarge'; detail: string; sizeKB: number };

export function isTooLarge(text: string, settings: ResolvedSettings): boolean {
  return text.length > settings.maxFileSizeKB * 1024;
}

/**
 * Whether a text is analysed under these settings. Without `doc`, the text alone decides (cheaply, before any parse:
 * it names no ActiveMQ namespace and has no `<broker>`); with the parse, a document with no broker element is none.
 */
export function whetherAnalysed(text: string, settings: ResolvedSettings, doc?: ParsedDocument): AnalysedOrWhyNot {
  if (!mayHoldBroker(text) || (doc && !doc.isBrokerConfig)) {
    return { analysed: false, reason: 'notBroker', detail: `no ActiveMQ broker (namespace ${ACTIVEMQ_NAMESPACE})` };
  }
  if (isTooLarge(text, settings)) {
    return { analysed: false, reason: 'tooLarge', detail: `larger than the limit of ${settings.maxFileSizeKB} KB`, sizeKB: Math.round(text.length / 1024) };
  }
  return { analysed: true };
}

// Related places in the files beside a config (users.properties, jetty.xml, groups.properties), so that the
// editor can open them from a finding.
import type { FileAccess } from '../../base/files';
import { besideUri } from '../../base/configPaths';
import type { Span } from '../../parser/xmlTree';
import type { RelatedPlace } from '../types';

/** A place in the file `name` (relative to the config's folder, or absolute); none for an unsaved config. */
export function placeBeside(files: FileAccess, name: string, text: string, span: Span, message: string): RelatedPlace[] {
  const uri = besideUri(files, name);
  return uri ? [{ span, message, in: { uri, text } }] : [];
}

/** The most related places one finding lists: an editor shows them all, and a finding's size should not grow with the map. */
export const MAX_RELATED = 20;

/**
 * The first MAX_RELATED places of `total` (a caller may build only those), and the sentence to add to the message
 * when some were left out ('' otherwise).
 */
export function capRelated(places: RelatedPlace[], total = places.length): { related: RelatedPlace[]; note: string } {
  if (total <= MAX_RELATED) return { related: places, note: '' };
  return { related: places.slice(0, MAX_RELATED), note: ` Related places show the first ${MAX_RELATED} of them; ${total - MAX_RELATED} more are not listed.` };
}

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

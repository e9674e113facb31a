// FileAccess for a document URI: files beside a file: document, nothing for unsaved ones.
import { fileURLToPath } from 'node:url';
import { NO_FILES, type FileAccess } from '../service/files';
import { filesBeside } from '../service/nodeFiles';

export function filesFor(uri: string): FileAccess {
  if (!uri.startsWith('file:')) return NO_FILES;
  try {
    return filesBeside(fileURLToPath(uri));
  } catch {
    return NO_FILES;
  }
}

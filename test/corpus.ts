// The corpus of real activemq.xml files written by other people, kept beside the checkout in ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { needs } from './requirements';

export const CORPUS_DIR = resolve(process.env.ACTIVEMQ_XML_CORPUS ?? '../shared/corpus/files');

/** test() options for a test over the corpus: skipped, saying how to provide it, where the corpus is missing. */
export function needsCorpus(): { skip?: string } {
  return needs(existsSync(CORPUS_DIR), `the corpus of real activemq.xml files (not found at ${CORPUS_DIR})`,
    'set ACTIVEMQ_XML_CORPUS to its folder');
}

export interface CorpusFile {
  name: string;
  path: string;
  text: string;
}

export function corpusFiles(): CorpusFile[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`corpus not found at ${CORPUS_DIR} (set ACTIVEMQ_XML_CORPUS)`);
  return readdirSync(CORPUS_DIR)
    .sort()
    .map((name) => ({ name, path: join(CORPUS_DIR, name), text: readFileSync(join(CORPUS_DIR, name), 'utf8').replace(/^\uFEFF/, '') }));
}

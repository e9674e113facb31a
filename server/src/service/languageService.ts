// The facade: one object whose methods take text or a parsed document and return LSP types. It knows nothing of
// a connection, the file system or VS Code, so the server, the CLI, the tests and the benchmarks share it.
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseDocument, type ParsedDocument } from '../model/parsedDocument';
import { NO_FILES, type FileAccess } from './files';
import { resolveSettings, type Settings } from './settings';
import { createRuleContext, isTooLarge, runRules, sizeLimitDiagnostic, toDiagnostic, type ValidationResult } from './validate';

export interface LanguageService {
  /** Parses a document version, reusing the last parse of the same uri and version. */
  parse(text: string, uri?: string, version?: number): ParsedDocument;
  /** Findings with their rules, for the CLI and for code actions. */
  lint(doc: ParsedDocument, settings?: Settings, files?: FileAccess): ValidationResult;
  validate(doc: ParsedDocument, settings?: Settings, files?: FileAccess): Diagnostic[];
  /** Validates text directly, honouring the size limit before anything is parsed. */
  validateText(text: string, uri?: string, settings?: Settings, files?: FileAccess): Diagnostic[];
}

export function getLanguageService(): LanguageService {
  const cache = new Map<string, ParsedDocument>();
  const parse = (text: string, uri = 'untitled:activemq.xml', version = 0): ParsedDocument => {
    const cached = cache.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    const doc = parseDocument(text, uri, version);
    cache.set(uri, doc);
    return doc;
  };
  const lint = (doc: ParsedDocument, settings?: Settings, files: FileAccess = NO_FILES) =>
    runRules(createRuleContext(doc, resolveSettings(settings), files));
  const validate = (doc: ParsedDocument, settings?: Settings, files?: FileAccess) =>
    lint(doc, settings, files).problems.map((p) => toDiagnostic(p, doc));
  return {
    parse,
    lint,
    validate,
    validateText(text, uri, settings, files) {
      const resolved = resolveSettings(settings);
      if (isTooLarge(text, resolved)) return [sizeLimitDiagnostic(text, resolved)];
      return validate(parse(text, uri), settings, files);
    },
  };
}

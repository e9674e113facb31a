// The facade: one object whose methods take text or a parsed document and return LSP types. It knows nothing of
// a connection, the file system or VS Code, so the server, the CLI, the tests and the benchmarks share it.
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  SelectionRange,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { parseDocument, reparseDocument, verdictOf, type ParsedDocument } from '../model/parsedDocument';
import type { XmldomVerdict } from '../parser/domParse';
import { codeActions, dataFixActions } from './features/codeActions';
import { clientProblems, validateClientSettings } from './features/clientSettings';
import { completion } from './features/completion';
import type { FeatureContext } from './features/context';
import { hover } from './features/hover';
import { documentedEntries, type DocumentedEntries } from './features/documentedEntries';
import { definition, documentHighlights, prepareRename, references, rename, type RenameRefusal } from './features/navigation';
import { documentLinks } from './features/documentLinks';
import { foldingRanges, linkedEditingRanges, selectionRanges, type LinkedEditingRanges } from './features/xmlStructure';
import { documentSymbols } from './features/symbols';
import { fixUntilStable, type FixedText } from './features/fixAll';
import { accessMatrix, type AccessMatrix, type MatrixOptions } from './features/accessMatrix';
import { wireMatrix, type WireMatrix } from './features/accessMatrixWire';
import { documentStatus, type DocumentStatus } from './features/documentStatus';
import { NO_FILES, type FileAccess } from '../base/files';
import { resolveSettings, type Settings } from '../base/settings';
import { stopIfCancelled, type Cancellation } from '../base/cancellation';
import { createRuleContext, runRules, sizeLimitDiagnostics, toDiagnostic, type ValidationResult } from './validate';
import { DocumentMemory } from './analysis';
import { isTooLarge, whetherAnalysed, type AnalysedOrWhyNot } from './whetherAnalysed';
import { whoCanWithPermissions, type WhoCanAnswer } from './features/whoCan';
import type { EffectivePermissions } from '../destinations';
import type { Problem } from '../rules/types';

/** The diagnostics of an XML text, whether (and why not) it was analysed, and the rules that threw on it. */
export interface Diagnosis {
  status: AnalysedOrWhyNot;
  diagnostics: Diagnostic[];
  failures: ValidationResult['failures'];
  /** xmldom's verdict on the text when it was parsed: another thread's parse of the same text may take it (parse). */
  verdict?: XmldomVerdict;
}

/** Who may use a destination: the answer for people and, with an entry map, the engine's effective permissions. */
export interface WhoCanResult {
  answer: WhoCanAnswer;
  permissions?: EffectivePermissions;
}

export interface LanguageService {
  /**
   * Parses a document version: the last parse of the same uri, version and text is reused, and a later version is
   * parsed from the one held (what the edit leaves unchanged is not read again). `verdict`: xmldom's verdict on this
   * text from another parse of it (Diagnosis.verdict), so that xmldom does not run again.
   */
  parse(text: string, uri?: string, version?: number, verdict?: XmldomVerdict): ParsedDocument;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  /** Drops the analyses of a document's held parse but keeps the parse, from which its next version is parsed. */
  releaseAnalyses(uri: string): void;
  /** The shared context of a parse under some settings; cached, so features reuse validation's analyses. */
  context(doc: ParsedDocument, settings?: Settings, files?: FileAccess): FeatureContext;
  /** Findings with their rules, for the CLI and for code actions. */
  lint(doc: ParsedDocument, settings?: Settings, files?: FileAccess, cancellation?: Cancellation): ValidationResult;
  validate(doc: ParsedDocument, settings?: Settings, files?: FileAccess): Diagnostic[];
  /** Validates text directly, honouring the size limit before anything is parsed. */
  validateText(text: string, uri?: string, settings?: Settings, files?: FileAccess): Diagnostic[];
  hover(context: FeatureContext, position: Position): Hover | null;
  completion(context: FeatureContext, position: Position): CompletionList;
  /** Quick fixes for the diagnostics, and the source action source.fixAll.activemqXml when `only` asks for it. */
  codeActions(context: FeatureContext, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[];
  /** Whether a document version is analysed (and if not, why), the broker version assumed, what fix all would fix. */
  documentStatus(text: string, uri?: string, version?: number, settings?: Settings, files?: FileAccess): DocumentStatus;
  /** The text with every autofix applied, pass after pass, and how many problems that fixed (activemq-lint --fix). */
  fixText(text: string, uri?: string, settings?: Settings, files?: FileAccess): FixedText;
  documentSymbols(context: FeatureContext): DocumentSymbol[];
  definition(context: FeatureContext, position: Position): Location[];
  references(context: FeatureContext, position: Position, includeDeclaration: boolean): Location[];
  /** Occurrences of the group under the cursor: declarations in users (write), grants in entries (read). */
  documentHighlights(context: FeatureContext, position: Position): DocumentHighlight[];
  /** The files the config names (stores, imports, file: resources) that exist, as links. */
  documentLinks(context: FeatureContext): DocumentLink[];
  /** Expand selection: list item, value, attribute, start tag, element, parent elements. */
  selectionRanges(context: FeatureContext, positions: Position[]): SelectionRange[];
  /** Multi-line elements (end tag left visible) and comments. */
  foldingRanges(context: FeatureContext): FoldingRange[];
  /** A start tag's name with its end tag's, for typing both at once. */
  linkedEditingRanges(context: FeatureContext, position: Position): LinkedEditingRanges | null;
  /** The group name to rename, a refusal saying why not (the wildcard `*`), or null when nothing renamable is there. */
  prepareRename(context: FeatureContext, position: Position): { range: Range; placeholder: string } | RenameRefusal | null;
  /** The edit renaming a group everywhere, or a refusal when ActiveMQ would not read the new name as one group. */
  rename(context: FeatureContext, position: Position, newName: string): WorkspaceEdit | RenameRefusal | null;
  /** Every authorization entry the documentation calls for and the config lacks, as one edit. */
  documentedEntries(context: FeatureContext): DocumentedEntries;
  /** Who may read, write and administer each destination pattern (and asked-for destination), per user or group. */
  accessMatrix(context: FeatureContext, options?: MatrixOptions): AccessMatrix;
  /** The same matrix in the compact form the editor's webview receives (marks as strings, each entry once). */
  accessMatrixForView(context: FeatureContext, options?: MatrixOptions): WireMatrix;
  /** Checks a client's properties file (alfresco-global.properties) against the broker config's context. */
  validateClientSettings(propertiesText: string, propertiesUri: string, broker: FeatureContext | undefined): Diagnostic[];
  /** The same checks as problems in offsets of the properties text (the CLI prints them in its own formats). */
  clientSettingsProblems(propertiesText: string, propertiesUri: string, broker: FeatureContext | undefined): Problem[];
  /** Quick fixes of a properties file's diagnostics (they carry their edits in `data`). */
  propertiesCodeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): CodeAction[];
  /** Whether the rules run on a text (and if not, why): an ActiveMQ broker config within the size limit. */
  whetherAnalysed(text: string, settings?: Settings, doc?: ParsedDocument): AnalysedOrWhyNot;
  /** The diagnostics of a text with its status and the rules that failed (logged by the caller). */
  diagnose(text: string, uri?: string, version?: number, settings?: Settings, files?: FileAccess, cancellation?: Cancellation): Diagnosis;
  /** The effective read / write / admin of one destination (`file` names the config in the answer; its uri by default). */
  whoCan(context: FeatureContext, destination: string, file?: string): WhoCanResult;
}

export interface ServiceOptions {
  /**
   * The caller never reads a parse of a document again once it has asked for a later version (the validation
   * worker): a later version's parse may then take the earlier one's tree over and change it (reparseDocument).
   */
  readsLatestParseOnly?: boolean;
}

export function getLanguageService(options: ServiceOptions = {}): LanguageService {
  const parsed = new Map<string, ParsedDocument>();
  const contexts = new WeakMap<ParsedDocument, { settings: Settings | undefined; files: FileAccess; context: FeatureContext }>();
  // Per document, what its last analyses leave for its next version (kept when the analyses are released).
  const memories = new Map<string, DocumentMemory>();
  const memoryOf = (uri: string) => {
    let memory = memories.get(uri);
    if (!memory) memories.set(uri, (memory = new DocumentMemory(options.readsLatestParseOnly)));
    return memory;
  };

  const parse = (text: string, uri = 'untitled:activemq.xml', version = 0, verdict?: XmldomVerdict): ParsedDocument => {
    const cached = parsed.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    // A later version of a document held: what the edit leaves unchanged is not parsed again. The held parse is let
    // go first: if it is taken over and this throws, it is not read again half changed.
    parsed.delete(uri);
    const doc = cached ? reparseDocument(cached, text, uri, version, verdict, options.readsLatestParseOnly) : parseDocument(text, uri, version, verdict);
    parsed.set(uri, doc);
    return doc;
  };
  const context = (doc: ParsedDocument, settings?: Settings, files: FileAccess = NO_FILES): FeatureContext => {
    const cached = contexts.get(doc);
    if (cached && cached.settings === settings && cached.files === files) return cached.context;
    const fresh = createRuleContext(doc, resolveSettings(settings), files, memoryOf(doc.uri));
    contexts.set(doc, { settings, files, context: fresh });
    return fresh;
  };
  const lint = (doc: ParsedDocument, settings?: Settings, files?: FileAccess, cancellation?: Cancellation) => runRules(context(doc, settings, files), cancellation);
  const diagnosticsOf = (result: ValidationResult, doc: ParsedDocument) => result.problems.map((p) => toDiagnostic(p, doc));
  const validate = (doc: ParsedDocument, settings?: Settings, files?: FileAccess) => diagnosticsOf(lint(doc, settings, files), doc);

  const diagnose = (text: string, uri?: string, version?: number, settings?: Settings, files?: FileAccess, cancellation?: Cancellation): Diagnosis => {
    const resolved = resolveSettings(settings);
    const status = whetherAnalysed(text, resolved);
    if (!status.analysed) return { status, diagnostics: status.reason === 'tooLarge' ? sizeLimitDiagnostics(text.length, resolved) : [], failures: [] };
    stopIfCancelled(cancellation);
    const doc = parse(text, uri, version);
    const result = lint(doc, settings, files, cancellation);
    stopIfCancelled(cancellation);
    return { status, diagnostics: diagnosticsOf(result, doc), failures: result.failures, verdict: verdictOf(doc) };
  };

  return {
    parse,
    forget(uri) {
      parsed.delete(uri);
      memories.delete(uri);
    },
    releaseAnalyses(uri) {
      const doc = parsed.get(uri);
      if (doc) contexts.delete(doc);
    },
    context,
    lint,
    validate,
    validateText: (text, uri, settings, files) => diagnose(text, uri, undefined, settings, files).diagnostics,
    hover,
    completion,
    codeActions,
    documentStatus(text, uri, version, settings, files) {
      return documentStatus(text, resolveSettings(settings), () => context(parse(text, uri, version), settings, files));
    },
    fixText(text, uri, settings, files) {
      const resolved = resolveSettings(settings);
      return fixUntilStable(text, (current) => (isTooLarge(current, resolved) ? undefined : context(parse(current, uri), settings, files)));
    },
    documentSymbols,
    definition,
    references,
    documentHighlights,
    documentLinks,
    selectionRanges,
    foldingRanges,
    linkedEditingRanges,
    prepareRename,
    rename,
    documentedEntries,
    accessMatrix,
    accessMatrixForView: (c, options) => wireMatrix(accessMatrix(c, options)),
    validateClientSettings,
    clientSettingsProblems: clientProblems,
    propertiesCodeActions: dataFixActions,
    whetherAnalysed: (text, settings, doc) => whetherAnalysed(text, resolveSettings(settings), doc),
    diagnose,
    whoCan: (c, destination, file = c.doc.uri) => whoCanWithPermissions(file, c, destination),
  };
}

// What the server and the CLI use besides the service object: the facade is their only door into the service, so
// the types they pass along and the few pure helpers their glue needs (decoding bytes, rule ids for flags and
// settings, output formats' rule metadata) are handed out here.
export type { ParsedDocument } from '../model/parsedDocument';
export type { FeatureContext } from './features/context';
export type { AnalysedOrWhyNot } from './whetherAnalysed';
export type { FileAccess, FileText } from '../base/files';
export type { Problem, SuppressedProblem, Severity, SeveritySetting } from '../rules/types';
export type { WhoCanAnswer } from './features/whoCan';
export type { AccessMatrix, MatrixCell, MatrixRow } from './features/accessMatrix';
export type { DecodedText } from '../parser/decode';
export type { XmldomVerdict } from '../parser/domParse';
export { NO_FILES, SIDE_FILE_LIMIT_BYTES } from '../base/files';
export { isCancelled, type Cancellation } from '../base/cancellation';
export { resolveSettings, SEVERITY_SETTINGS, type ResolvedSettings, type Settings } from '../base/settings';
export { RULES, ruleById } from '../rules/registry';
export { nearestName } from '../text/nearest';
export { changedRegion } from '../text/changedRegion';
export { RULES_DOC_URL } from './validate';
export { FIX_ALL_KIND } from './features/codeActions';
export { formatWhoCanText } from './features/whoCan';
export { MATRIX_RIGHTS } from './features/accessMatrix';
export { PROJECT_CONFIG_NAME, layerSettings } from './projectConfig';
export { ACTIVEMQ_NAMESPACE } from '../model/types';
export { decodeXml, encodeXml, roundTripProblem } from '../parser/decode';
export { xmlSyntax } from '../rules/xml-syntax';
export { FILE_TOO_LARGE, fileTooLarge, fileTooLargeFinding } from '../rules/file-too-large';

// The contexts that requests are answered from. A small document is parsed for each version asked about (a few
// milliseconds). A large one is not parsed on the request path while its validation is pending: requests are
// answered from the latest version the main thread holds, their positions and the answer's ranges mapped through
// the edits since (positionMapping.ts), and the held context is brought up to date once the worker has published
// that version's diagnostics, or when a request comes while no validation is pending.
import type { CompactTextDocument as TextDocument } from '../node/compactDocument';
import type { FeatureContext } from '../service/languageService';
import { TextMapping, toNewVersion, toOldVersion } from './positionMapping';

/** Below this many characters (about 700 authorization entries) a parse costs less than a mapped answer's risk. */
const SMALL_CHARACTERS = 100_000;

interface Held {
  version: number;
  text: string;
  context: FeatureContext | undefined;
  mapping?: { version: number; mapping: TextMapping };
}

export class VersionedContexts {
  private readonly held = new Map<string, Held>();

  constructor(
    /** A document's context (a parse), or undefined when it is not analysed (no broker, too large). */
    private readonly build: (document: TextDocument) => FeatureContext | undefined,
    /** Whether the document's validation is scheduled or running, or its held version will catch up at the pause. */
    private readonly validationPending: (uri: string) => boolean,
  ) {}

  /**
   * Runs a request on the document's context, mapping the request in and the answer out when that is older;
   * `current`: on the document's own version whatever it costs (a rename must see what was typed since).
   */
  answer<P, R>(document: TextDocument, fallback: R, params: P, run: (context: FeatureContext, params: P) => R, current = false): R {
    const held = current ? this.refreshed(document) : this.current(document);
    if (!held.context) return fallback;
    if (held.version === document.version) return run(held.context, params);
    const mapping = this.mappingOf(held, document);
    const old = held.context.doc;
    const mappedParams = toOldVersion(params, mapping, old, document, document.uri);
    if (mappedParams === undefined) return fallback;
    const answer = run(held.context, mappedParams);
    return answer === null || answer === undefined ? answer : (toNewVersion(answer, mapping, old, document, document.uri) ?? fallback);
  }

  /** The text and version requests are answered from (the status request reports on that version). */
  answeredVersion(document: TextDocument): { text: string; version: number } {
    const held = this.current(document);
    return { text: held.text, version: held.version };
  }

  /** The version requests are answered from now, without parsing anything (null when none is held). */
  heldVersion(uri: string): number | null {
    return this.held.get(uri)?.version ?? null;
  }

  /** Brings the held context up to the document's version (after its diagnostics are published: on idle). */
  refresh(document: TextDocument): FeatureContext | undefined {
    return this.refreshed(document).context;
  }

  private refreshed(document: TextDocument): Held {
    const held = this.held.get(document.uri);
    return held?.version === document.version ? held : this.hold(document);
  }

  forget(uri: string): void {
    this.held.delete(uri);
  }

  /** Settings, trust or side files changed: every context is built again on next use. */
  clear(): void {
    this.held.clear();
  }

  private current(document: TextDocument): Held {
    const held = this.held.get(document.uri);
    if (held && (held.version === document.version || (document.length > SMALL_CHARACTERS && this.validationPending(document.uri)))) return held;
    return this.hold(document);
  }

  private hold(document: TextDocument): Held {
    const held: Held = { version: document.version, text: document.getText(), context: this.build(document) };
    this.held.set(document.uri, held);
    return held;
  }

  private mappingOf(held: Held, document: TextDocument): TextMapping {
    if (held.mapping?.version !== document.version) held.mapping = { version: document.version, mapping: new TextMapping(held.text, document.getText()) };
    return held.mapping.mapping;
  }
}

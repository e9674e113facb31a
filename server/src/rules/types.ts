// What a rule is: data (id, default severity, docs) plus a check over the parsed document.
import type { Span } from '../parser/xmlTree';
import type { ParsedDocument } from '../model/parsedDocument';
import type { ResolvedSettings, Severity } from '../base/settings';
import type { FileAccess } from '../base/files';
import type { Analysis } from '../base/analysis';
import type { Edit } from '../base/edits';
import type { ClientRuleContext } from '../clientApps/clientContext';

export type { Severity, SeveritySetting } from '../base/settings';
export type { Edit } from '../base/edits';
export type RuleCategory = 'structure' | 'meaning' | 'security' | 'transport' | 'client';

export interface RelatedPlace {
  /** Offsets in the rule's own document, or in `in` when set. */
  span: Span;
  message: string;
  /** Another document (a properties file beside the config): its uri, and its text to place the span in. */
  in?: { uri: string; text: string };
}

export interface Finding {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. a missing password is milder than a missing username). */
  severity?: Severity;
  related?: RelatedPlace[];
  /** Marks the range as unnecessary code (shown faded) in editors. */
  unnecessary?: boolean;
  /** Rule-specific facts the rule's quick fixes need. */
  data?: unknown;
  /** Fixes known when the finding is made: a client rule's, whose findings are in a client's file, not the config. */
  fixes?: Fix[];
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix an editor offers first among this finding's fixes (the light bulb's choice). */
  preferred?: boolean;
  /**
   * The correction of a slip whose meaning the text leaves in no doubt (a letter case, a list separator, queue
   * where only a topic can be meant): "Fix all" and `activemq-lint --fix` apply these, and only these, without
   * a person choosing. Guesses (the nearest name), added grants, users or entries, and removals are never marked.
   */
  autofix?: boolean;
}

/**
 * What runtime code needs of a rule's docs. The docs themselves (what it catches, what ActiveMQ does at run time,
 * wrong, right, fix, what its autofix changes) are markdown beside the rule's module, <id>.md, which the doc
 * generators read (scripts/ruleDocs.ts); the bundles never need them.
 */
export interface RuleDocs {
  /** Some of its fixes are marked autofix: "Fix all" and `activemq-lint --fix` apply them (its <id>.md says what they change). */
  autofix: boolean;
}

export interface RuleContext {
  doc: ParsedDocument;
  settings: ResolvedSettings;
  files: FileAccess;
  /** Shared, lazily computed analyses (overlaps, permissions) so that rules do not repeat work. */
  analysis: Analysis;
  /** The ids of every rule in the registry (a rule does not import the registry: that would be a cycle). */
  ruleIds: readonly string[];
}

interface RuleBase {
  id: string;
  defaultSeverity: Severity;
  /** One line for lists and settings descriptions. */
  summary: string;
  docs: RuleDocs;
  /**
   * Quick fixes for one of this rule's findings. With `autofixOnly`, fix all is asking for the autofix alone: a
   * rule may then skip its other fixes (one per user, say), which fix all would compute for every finding.
   */
  fixes?(finding: Finding, context: RuleContext, autofixOnly?: boolean): Fix[];
}

/** A rule about the broker config. Its check may be missing: internal-error, say, is reported by the runner. */
export interface BrokerRule extends RuleBase {
  category: Exclude<RuleCategory, 'client'>;
  check?(context: RuleContext): Finding[];
  checkClient?: never;
}

/**
 * A rule of category `client`: its check of a client's properties file (alfresco-global.properties) against the
 * broker config, run by clientApps/checkClient.ts; its findings are in offsets of that file, with their fixes.
 */
export interface ClientRule extends RuleBase {
  category: 'client';
  checkClient(context: ClientRuleContext): Finding[];
  check?: never;
}

export type Rule = BrokerRule | ClientRule;

/** A finding of a rule, at the severity the settings give it. */
export interface Problem {
  rule: Rule;
  finding: Finding;
  severity: Severity;
}

export interface SuppressedProblem extends Problem {
  /** The reason the comment gives after its colon. */
  reason: string | undefined;
}

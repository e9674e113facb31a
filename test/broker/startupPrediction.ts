// Which findings say the broker will not start: errors of the rules whose docs say so, as their messages repeat.
// Connector rules are left out on purpose: prepareConfig replaces every connector, so what they judge never
// reaches the broker under test.
import type { LintFinding } from './lintFindings';

/** Rules whose findings claim a refused start-up (some of their findings only: see STARTUP_WORDS). */
export const STARTUP_RULES = ['xml-syntax', 'xml-entities', 'unknown-element', 'unknown-attribute', 'missing-element', 'entry-destination', 'plugin-placement'] as const;

/** Rules whose start-up claims the rewrite hides, with the reason. */
export const NOT_COMPARED: Record<string, string> = {
  'transport-uri': 'prepareConfig replaces every transportConnector and removes networkConnectors, so the URIs it judges never reach the broker',
  'duplicate-connector': 'prepareConfig replaces every transportConnector with its own two on free ports',
  'ssl-context': 'its start-up failure is a store file missing beside the config; corpus files come without theirs',
};

/** The others' errors when the message says so (entry-destination's two-destination finding does not). */
const STARTUP_WORDS = /at start-up|does not start|refuses to start/;

/**
 * The findings that say the broker will not start: every xml-syntax finding (a template's is information, yet says
 * the same: "not XML ActiveMQ can read as it is"), and the errors of the other start-up rules that say so.
 */
export function predictsRefusal(findings: LintFinding[]): LintFinding[] {
  return findings.filter((f) => f.rule === 'xml-syntax' || (f.severity === 'error' && (STARTUP_RULES as readonly string[]).includes(f.rule) && STARTUP_WORDS.test(f.message)));
}

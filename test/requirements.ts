// What some tests need that a fresh clone does not have (the corpus beside the checkout, Debian's activemq.xsd).
// Without it such a test is skipped with one line naming what it needs and how to provide it; CI sets
// ACTIVEMQ_XML_REQUIRE_ALL=1 (.ci/run), and there the test runs anyway and fails on what is missing.
import { existsSync } from 'node:fs';

export const REQUIRE_ALL = process.env.ACTIVEMQ_XML_REQUIRE_ALL === '1';

/** Options for node:test's test(): a skip reason when `present` is false, unless every test must run. */
export function needs(present: boolean, what: string, howToProvide: string): { skip?: string } {
  if (present || REQUIRE_ALL) return {};
  return { skip: `needs ${what}: ${howToProvide}` };
}

/** Debian's generated activemq.xsd of ActiveMQ 5.17.2, put into a git-ignored cache by scripts/fetch-activemq-xsd.sh. */
export const DEBIAN_XSD = '.cache/activemq-xsd/activemq.xsd';

export function needsDebianXsd(): { skip?: string } {
  return needs(existsSync(DEBIAN_XSD), `Debian's activemq.xsd (${DEBIAN_XSD})`, 'run scripts/fetch-activemq-xsd.sh (apt, Debian or Ubuntu)');
}

// What every editor feature reads: the rule context of one parsed document version (model, settings, files,
// shared analyses), so hovers and completions reuse the work validation already did.
import type { RuleContext } from '../../rules/types';

export type FeatureContext = RuleContext;

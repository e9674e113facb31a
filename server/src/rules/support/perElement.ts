// Findings kept per element from one version to the next, for a rule whose finding on an element reads that element
// alone (its name, attributes and place in the tree; not other elements, settings or files). After an edit inside one
// attribute value of a tree the next parse takes over (the validation worker's), only the edited element is looked at
// again: at 10,000 entries that is one element instead of every one per keystroke. The other findings are the previous
// version's objects, so their spans must be read from the tree when asked, which moves them (AttributeFinding).
import type { Span, XmlAttribute, XmlElement } from '../../parser/xmlTree';
import type { Finding, RuleContext } from '../types';

export type FindingsByElement = Map<XmlElement, Finding[]>;

/**
 * The rule's findings: `every` element's (a map of the elements with findings) when nothing is kept, else the kept
 * ones with the edited element's looked at again by `one`.
 */
export function findingsPerElement(context: RuleContext, ruleId: string, every: () => FindingsByElement, one: (element: XmlElement) => Finding[]): Finding[] {
  const kept = context.analysis.keptPerElement<FindingsByElement>(ruleId);
  let byElement: FindingsByElement;
  if (kept) {
    // The previous version is never read again once its tree is taken over: its map becomes this version's.
    byElement = kept.value;
    byElement.delete(kept.edited);
    const found = one(kept.edited);
    if (found.length > 0) byElement.set(kept.edited, found);
  } else {
    byElement = every();
  }
  context.analysis.keepPerElement(ruleId, byElement);
  const findings: Finding[] = [];
  for (const found of byElement.values()) for (const finding of found) findings.push(finding);
  return findings;
}

/** A finding on an attribute's name or value whose span is read from the attribute, so it follows a moved tree. */
export class AttributeFinding implements Finding {
  constructor(
    private readonly attribute: XmlAttribute,
    private readonly part: 'name' | 'value',
    readonly message: string,
    readonly data?: unknown,
  ) {}

  get span(): Span {
    return this.part === 'name' ? this.attribute.nameSpan : this.attribute.valueSpan;
  }
}

// The destination engine: ActiveMQ's authorization-map wildcard semantics, relations between patterns, the
// indexed overlap analysis of a whole map, and effective permissions.
export {
  ANY_CHILD,
  ANY_DESCENDANT,
  destinationString,
  isAdvisoryName,
  isWildcardSegment,
  minLength,
  normalForm,
  parseDestination,
  parseQualifiedDestination,
  splitComposite,
  splitCompositeWith,
  type DestinationKind,
  type DestinationPattern,
  type NormalForm,
  type PatternPart,
  type Tail,
} from './pattern';
export { contains, equivalent, matches, overlaps, witness } from './relations';
export {
  analyseOverlaps,
  samePatterns,
  PatternIndex,
  relationOf,
  type MapEntryInput,
  type OverlapFinding,
  type OverlapPartner,
  type Relation,
  type StoredPattern,
} from './overlapIndex';
export {
  coverage,
  Containment,
  coverageAll,
  effectivePermissions,
  EVERYONE,
  type AclInput,
  type AuthorizationMapInput,
  type Coverage,
  type EffectivePermissions,
  type Right,
  type RightName,
  type SecurityInput,
  type UserInput,
} from './permissions';

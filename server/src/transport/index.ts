// Transport URIs: parsing with offsets, checks, hover text and completions.
export { parseTransportUri, allUris, hasPlaceholder, type TransportUri, type UriOption, type UriPiece } from './uri';
export { checkTransportUri, type Replacement, type UriProblem, type UriRole } from './check';
export { describeTransportUri, transportCompletions, type TransportCompletions } from './describe';
export { TRANSPORT_SCHEMES, DISCOVERY_SCHEMES, transportScheme, discoveryScheme, type SchemeInfo } from './schemes';

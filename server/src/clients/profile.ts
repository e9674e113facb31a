// Client profiles: which properties a product reads for its broker connection and which destinations and rights
// its message flows need. Data, so that another product gets a profile without new code.
import alfresco from './profiles/alfresco.json';

export type FlowRight = 'read' | 'write' | 'admin';
export type FlowSeverity = 'error' | 'warning' | 'info';

export interface ClientFlow {
  id: string;
  /** Completes "needed because ...". */
  what: string;
  /** `queue://NAME` or `topic://NAME`. */
  destination: string;
  rights: FlowRight[];
  severity: FlowSeverity;
  /** What happens at run time without the rights; `<user>` stands for the user name. */
  effect: string;
}

export interface ClientProfile {
  id: string;
  product: string;
  fileNames: string[];
  sources: string[];
  /** Property names in order of preference; the first one set wins. */
  properties: { url: string[]; username: string[]; password: string[] };
  /** The names written when a fix adds a missing line. */
  preferredProperties: { username: string; password: string };
  requiresFailover: boolean;
  flows: ClientFlow[];
}

export const ALFRESCO_PROFILE = alfresco as ClientProfile;
export const CLIENT_PROFILES: readonly ClientProfile[] = [ALFRESCO_PROFILE];

/** The profile for a file name (alfresco-global.properties), Alfresco's when nothing else matches. */
export function profileForFile(uri: string): ClientProfile {
  const name = uri.split(/[\\/]/).pop() ?? '';
  return CLIENT_PROFILES.find((p) => p.fileNames.includes(name)) ?? ALFRESCO_PROFILE;
}

// Client profiles: which properties a product reads for its broker connections and which destinations and rights
// its message flows need. Data, so that another product gets a profile without new code.
import alfresco from './profiles/alfresco.json';

export type FlowRight = 'read' | 'write' | 'admin';

export interface ClientFlow {
  id: string;
  /** Completes "needed because ...". */
  what: string;
  /** `queue://NAME` or `topic://NAME`. */
  destination: string;
  rights: FlowRight[];
  /** What happens at run time without the rights; `<user>` stands for the user name. */
  effect: string;
}

/** One login a product makes with its own username and password properties. */
export interface ClientIdentity {
  id: string;
  /** For messages: "the repository". */
  label: string;
  username: string;
  password: string;
  /** Checked even when its properties are absent (the product always connects as it). */
  required: boolean;
  /** Ids of the flows it runs. */
  flows: string[];
}

export interface ClientProfile {
  id: string;
  product: string;
  fileNames: string[];
  sources: string[];
  urlProperties: string[];
  requiresFailover: boolean;
  identities: ClientIdentity[];
  flows: ClientFlow[];
}

export const ALFRESCO_PROFILE = alfresco as ClientProfile;
export const CLIENT_PROFILES: readonly ClientProfile[] = [ALFRESCO_PROFILE];

/** The profile for a file name (alfresco-global.properties), Alfresco's when nothing else matches. */
export function profileForFile(uri: string): ClientProfile {
  const name = uri.split(/[\\/]/).pop() ?? '';
  return CLIENT_PROFILES.find((p) => p.fileNames.includes(name)) ?? ALFRESCO_PROFILE;
}

export function flowsOf(profile: ClientProfile, identity: ClientIdentity): ClientFlow[] {
  return identity.flows.map((id) => profile.flows.find((f) => f.id === id)).filter((f): f is ClientFlow => f !== undefined);
}

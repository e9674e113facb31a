// One client's broker connection as its properties file states it, read through its profile.
import type { Span } from '../parser/xmlTree';
import type { Edit } from '../base/edits';
import type { ClientIdentity, ClientProfile } from './profile';
import { parseProperties, type PropertiesFile, type PropertyEntry } from '../parser/properties';

/** One login as the file states it. */
export interface ClientLogin {
  identity: ClientIdentity;
  username: PropertyEntry | undefined;
  password: PropertyEntry | undefined;
}

export interface ClientFile {
  uri: string;
  profile: ClientProfile;
  properties: PropertiesFile;
  url: PropertyEntry | undefined;
  logins: ClientLogin[];
}

function firstSet(properties: PropertiesFile, keys: string[]): PropertyEntry | undefined {
  for (const key of keys) {
    const entry = properties.get(key);
    if (entry) return entry;
  }
  return undefined;
}

export function readClientFile(text: string, uri: string, profile: ClientProfile): ClientFile {
  const properties = parseProperties(text);
  return {
    uri,
    profile,
    properties,
    url: firstSet(properties, profile.urlProperties),
    logins: profile.identities.map((identity) => ({ identity, username: properties.get(identity.username), password: properties.get(identity.password) })),
  };
}

export interface ClientConnectingAs {
  uri: string;
  /** The username value in that file. */
  span: Span;
  property: string;
}

/** Which client files connect as a broker user (for a hover on `authenticationUser`). Pure. */
export function clientsConnectingAs(brokerUsername: string, clientFiles: readonly ClientFile[]): ClientConnectingAs[] {
  return clientFiles.flatMap((file) =>
    file.logins
      .filter((login) => login.username?.value === brokerUsername)
      .map((login) => ({ uri: file.uri, span: { ...login.username!.valueSpan }, property: login.username!.key })));
}

/** Where a fix appends lines: after the URL line when there is one, else at the end of the file. */
export function appendLines(file: ClientFile, lines: string[]): Edit {
  const { text, eol } = file.properties;
  if (file.url) {
    const at = file.url.lineSpan.end;
    return { span: { start: at, end: at }, newText: lines.map((l) => eol + l).join('') };
  }
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { span: { start: text.length, end: text.length }, newText: (needsBreak ? eol : '') + lines.map((l) => l + eol).join('') };
}

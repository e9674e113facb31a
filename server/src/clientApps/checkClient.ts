// All checks of one client properties file against one broker config.
import type { Analysis } from '../base/analysis';
import type { SecurityModel } from '../model/types';
import { checkCredentials, checkRights } from './authChecks';
import { readClientFile, type ClientFile, type ClientFinding } from './clientFile';
import { profileForFile } from './profile';
import { checkUrl } from './urlChecks';

export function checkClientFile(file: ClientFile, broker: { model: SecurityModel; analysis: Analysis } | undefined): ClientFinding[] {
  const findings = checkUrl(file, broker?.model);
  if (broker?.model.broker) findings.push(...checkCredentials(file, broker), ...checkRights(file, broker));
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Reads the file with the profile its name selects and checks it. */
export function checkClientText(text: string, uri: string, broker: { model: SecurityModel; analysis: Analysis } | undefined): { file: ClientFile; findings: ClientFinding[] } {
  const file = readClientFile(text, uri, profileForFile(uri));
  return { file, findings: checkClientFile(file, broker) };
}

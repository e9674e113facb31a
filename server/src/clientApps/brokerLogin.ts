// Whether a broker config demands a login of every connection, as far as the file shows it.
import type { SecurityModel } from '../model/types';

/**
 * How the broker demands a login (for messages), or undefined when anonymous connections may get in or the file
 * cannot tell. Only simpleAuthenticationPlugin settles it: a JAAS login.config may hold a guest module, and
 * certificate logins need no user name.
 */
export function loginRequirement(model: SecurityModel): string | undefined {
  const simple = model.simpleAuthentication[0];
  if (!simple) return undefined;
  return simple.anonymousAccessAllowed ? undefined : 'simpleAuthenticationPlugin without anonymousAccessAllowed';
}

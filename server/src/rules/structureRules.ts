// Structure rules: the shape ActiveMQ needs to start and to read the security plugins as written.
import { brokerNamespace } from './broker-namespace';
import { duplicateUser } from './duplicate-user';
import { entryDestination } from './entry-destination';
import { entryNoRights } from './entry-no-rights';
import { jaasConfiguration } from './jaas-configuration';
import { lintComment } from './lint-comment';
import { listSyntax } from './list-syntax';
import { missingAttribute } from './missing-attribute';
import { missingElement } from './missing-element';
import { noAuthentication } from './no-authentication';
import { noAuthorization } from './no-authorization';
import { noUsers } from './no-users';
import { pluginPlacement } from './plugin-placement';
import type { Rule } from './types';
import { unknownAttribute } from './unknown-attribute';
import { unknownElement } from './unknown-element';
import { userWithoutGroups } from './user-without-groups';

export const STRUCTURE_RULES: readonly Rule[] = [
  brokerNamespace,
  unknownElement,
  unknownAttribute,
  missingAttribute,
  entryDestination,
  missingElement,
  entryNoRights,
  userWithoutGroups,
  jaasConfiguration,
  duplicateUser,
  pluginPlacement,
  noAuthentication,
  listSyntax,
  lintComment,
  noUsers,
  noAuthorization,
];

// client-no-password: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { appendLines } from '../clientFile';

export const clientNoPassword: Rule = {
  id: 'client-no-password',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The client sets a username but no password.',
  docs: {
    autofix: false,
  },
  checkClient({ file, login }) {
    return (login()?.logins ?? []).flatMap(({ username, password, identity }) => {
      if (!username || username.value === '' || password) return [];
      return [{
        span: username.keySpan,
        message: `${identity.password} is not set: the login of ${identity.label} as "${username.value}" has no password and is refused with "User name [${username.value}] or password is invalid."`,
        fixes: [{ title: `Add ${identity.password}`, edits: [appendLines(file, [`${identity.password}=`])] }],
      }];
    });
  },
};

// client-no-username: a check of a client's settings file (alfresco-global.properties) against the broker config; it runs in
// clientApps/checkClient.ts over the client's properties, not over activemq.xml.
import type { Rule } from '../../rules/types';
import { appendLines } from '../clientFile';

export const clientNoUsername: Rule = {
  id: 'client-no-username',
  defaultSeverity: 'error',
  category: 'client',
  summary: 'The broker requires a login and the client\'s username is not set.',
  docs: {
    autofix: false,
  },
  checkClient({ file, login }) {
    const broker = login();
    if (!broker) return [];
    return broker.logins.filter(({ username }) => !username || username.value === '').map(({ username, password, identity }) => {
      const lines = [`${identity.username}=`, ...(password ? [] : [`${identity.password}=`])];
      return {
        span: username?.keySpan ?? password?.keySpan ?? file.url?.keySpan ?? { start: 0, end: 0 },
        message: `The broker requires a login (${broker.requirement}) but ${identity.username} is not set: ${identity.label} connects without a user name `
          + 'and is refused with exactly "User name [null] or password is invalid."',
        fixes: username ? undefined : [{ title: `Add ${lines.map((l) => l.slice(0, -1)).join(' and ')}`, edits: [appendLines(file, lines)] }],
      };
    });
  },
};

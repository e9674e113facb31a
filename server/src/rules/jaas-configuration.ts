// jaas-configuration: a JAAS plugin naming a login.config entry that the login.config beside the file lacks.
import { attribute } from '../parser/xmlTree';
import { textOf } from '../base/files';
import type { Finding, Rule } from './types';

const DEFAULTS: Record<string, [string, string][]> = {
  jaasAuthenticationPlugin: [['configuration', 'activemq-domain']],
  jaasCertificateAuthenticationPlugin: [['configuration', 'activemq-domain']],
  jaasDualAuthenticationPlugin: [['configuration', 'activemq-domain'], ['sslConfiguration', 'activemq-ssl-domain']],
};

/** The entry names of a JAAS login configuration: `name { ... };` blocks. */
export function loginConfigEntries(text: string): Set<string> {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const names = new Set<string>();
  for (const m of withoutComments.matchAll(/(?:^|[};])\s*([A-Za-z0-9_.-]+)\s*\{/g)) names.add(m[1]);
  return names;
}

export const jaasConfiguration: Rule = {
  id: 'jaas-configuration',
  defaultSeverity: 'info',
  category: 'structure',
  summary: 'A JAAS plugin whose configuration names no entry of the login.config beside the file.',
  docs: {
    autofix: false,
  },
  check({ doc, files }) {
    const loginConfig = textOf(files.read('login.config'));
    if (loginConfig === undefined) return [];
    const entries = loginConfigEntries(loginConfig);
    const findings: Finding[] = [];
    for (const plugin of doc.model.authentication) {
      for (const [attrName, fallback] of DEFAULTS[plugin.element.localName] ?? []) {
        const attr = attribute(plugin.element, attrName);
        const name = attr?.value.trim() ?? fallback;
        if (name.includes('${') || entries.has(name)) continue;
        const known = [...entries].map((e) => `\`${e}\``).join(', ') || 'none';
        findings.push({
          span: attr ? attr.valueSpan : plugin.element.nameSpan,
          message: `${attr ? '' : `Without \`${attrName}\`, the plugin uses "${fallback}"; `}login.config beside this file has no entry "${name}" (it has ${known}), so every login fails.`,
        });
      }
    }
    return findings;
  },
};

// The JSON schema of .activemq-lint.json, made from the rule registry: VS Code's JSON support then completes and
// checks rule ids and severities in the file (package.json contributes it under jsonValidation).
import { RULES } from '../server/src/rules/registry';
import { SEVERITY_SETTINGS } from '../server/src/service/settings';
import { RULES_DOC_URL } from '../server/src/service/validate';

export function configSchema(): string {
  const severity = { enum: [...SEVERITY_SETTINGS] };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'activemq-lint project settings',
    description: 'Settings that activemq-lint and the ActiveMQ XML extension read from the nearest .activemq-lint.json above a config. Generated from the rules by scripts/generate-config-schema.ts.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id: off, hint, info, warning or error. The editor\'s activemqXml.rules and the CLI\'s --rule override it.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, {
          ...severity,
          description: `${rule.summary} Default: ${rule.defaultSeverity}.`,
          markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`. [Docs](${RULES_DOC_URL}#${rule.id})`,
        }])),
      },
      brokerVersion: {
        description: 'The broker version to assume when the config does not name one in xsi:schemaLocation, e.g. 5.18.3.',
        type: 'string',
        pattern: '^\\d+\\.\\d+(\\.\\d+)?',
      },
    },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

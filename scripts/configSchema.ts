// The JSON schema of .activemq-lint.json and of the editor's activemqXml.rules setting, made from the rule
// registry: VS Code then completes and checks rule ids and severities in the file (contributed under
// jsonValidation) and in settings.json (the setting's schema lives in package.json).
import { RULES } from '../server/src/rules/registry';
import { SEVERITY_SETTINGS } from '../server/src/base/settings';
import { RULES_DOC_URL } from '../server/src/service/validate';

/** Rule id -> its severity schema with the rule's summary, for both schemas. */
export function ruleProperties(): Record<string, object> {
  return Object.fromEntries(RULES.map((rule) => [rule.id, {
    enum: [...SEVERITY_SETTINGS],
    description: `${rule.summary} Default: ${rule.defaultSeverity}.`,
    markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`. [Docs](${RULES_DOC_URL}#${rule.id})`,
  }]));
}

/** package.json with the activemqXml.rules setting's properties made from the rules. */
export function manifestWithRuleSettings(manifestText: string): string {
  const manifest = JSON.parse(manifestText);
  const configuration = manifest.contributes.configuration;
  const setting = (Array.isArray(configuration) ? configuration[0] : configuration).properties['activemqXml.rules'];
  setting.properties = ruleProperties();
  setting.additionalProperties = false;
  return JSON.stringify(manifest, null, 2) + '\n';
}

export function configSchema(): string {
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
        properties: ruleProperties(),
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

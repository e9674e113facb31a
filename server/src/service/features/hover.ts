// Hover: element and attribute docs; over a group its members and grants; over a pattern the overlapping entries
// and the effective rights on an example destination; over a user its groups; over a placeholder its value's source;
// over a connector URI what the scheme and options mean.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { ELEMENT_DOCS } from '../../data/docs/elements';
import { effectivePermissions, witness, type Right } from '../../destinations';
import { RIGHTS } from '../../model/types';
import { describeTransportUri } from '../../transport';
import { describeEntry } from '../../rules/support/model';
import { knownGroups } from '../../rules/support/groups';
import type { XmlAttribute } from '../../parser/xmlTree';
import type { FeatureContext } from './context';
import { commentHover } from './lintCommentHelp';
import { targetAt } from './locate';
import { explainPattern } from './patternMeaning';
import { describePlaceholder } from './placeholders';
import { whyNeverApplies } from './entryReach';

function who(right: Right): string {
  if (right.everyone) return 'every authenticated connection';
  if (right.groups.length === 0) return 'nobody';
  return `${right.groups.map((g) => `\`${g}\``).join(', ')}${right.users.length ? ` (users ${right.users.join(', ')})` : ''}`;
}

function markdown(value: string, context: FeatureContext, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: context.doc.range(span) };
}

export function hover(context: FeatureContext, position: Position): Hover | null {
  const { doc } = context;
  const offset = doc.offsetAt(position);
  const onComment = commentHover(context, offset);
  if (onComment) return onComment;
  const target = targetAt(doc, offset);
  if (!target) return null;
  switch (target.kind) {
    case 'element': {
      const docs = ELEMENT_DOCS[target.element.localName];
      if (!docs) return null;
      const example = docs.example ? `\n\n\`\`\`xml\n${docs.example}\n\`\`\`` : '';
      return markdown(`**${target.element.localName}**\n\n${docs.summary}${example}`, context, target.element.nameSpan);
    }
    case 'attribute': {
      const text = ELEMENT_DOCS[target.element.localName]?.attributes?.[target.attribute.name];
      return text ? markdown(`**${target.attribute.name}** (on \`${target.element.localName}\`)\n\n${text}`, context, target.attribute.nameSpan) : null;
    }
    case 'group': {
      const { group } = target;
      // With JAAS the members are in the groups file login.config names, not in this one.
      const groupFile = group.members.length === 0 ? knownGroups(doc, context.files)?.groupFile : undefined;
      const fromFile = groupFile?.entries.find((e) => e.key === group.name)?.value.split(',');
      const members = fromFile
        ? `${fromFile.map((u) => `\`${u}\``).join(', ')} (in ${groupFile!.name})`
        : group.members.map((u) => `\`${u.username?.text ?? '?'}\``).join(', ') || 'no user of this file';
      const grants = group.grants.slice(0, 12).map((g) => {
        const never = whyNeverApplies(g.entry);
        return `- ${g.right} on ${describeEntry(doc, g.entry)}${never ? ` (${never})` : ''}`;
      });
      const more = group.grants.length > 12 ? `\n- … and ${group.grants.length - 12} more` : '';
      return markdown(`**group \`${group.name}\`**\n\nMembers: ${members}\n\n${grants.length ? `Granted:\n${grants.join('\n')}${more}` : 'No entry grants it anything.'}`, context, target.token.span);
    }
    case 'pattern': {
      const { entry, part } = target;
      const overlap = context.analysis.overlaps().get(entry.id);
      const example = witness(part.pattern, part.pattern) ?? part.pattern.text;
      const lines = [`**${part.pattern.kind} \`${part.pattern.text}\`**`, '', ...explainPattern(part.pattern.text, part.pattern.kind)];
      if (context.analysis.hasEntryMap()) {
        const rights = effectivePermissions(context.analysis.securityInput(), `${part.pattern.kind}://${example}`);
        lines.push('', `Effective on e.g. \`${example}\` (all matching entries add up):`, ...RIGHTS.map((r) => `- ${r}: ${who(rights[r])}`));
      }
      if (overlap) {
        lines.push('', 'Also applies to some of the same destinations:', ...overlap.partners.map((p) => `- ${describeEntry(doc, doc.model.entries[p.id])} (e.g. \`${p.witness}\`)`));
        if (overlap.more) lines.push(`- … and ${overlap.more} more`);
      }
      return markdown(lines.join('\n'), context, part.span);
    }
    case 'user': {
      // A username such as ${activemq.username} is first of all a placeholder.
      const username = target.user.element.attributes.find((a) => a.name === 'username');
      const fromPlaceholder = username && placeholderHover(context, username, offset);
      if (fromPlaceholder) return fromPlaceholder;
      const tokens = target.user.groups?.items ?? [];
      const groups = tokens.map((t) => `\`${t.text}\``).join(', ') || 'none';
      const summary = RIGHTS.map((right) => `${right} on ${tokens.reduce((n, t) => n + (doc.model.groups.get(t.text)?.grants.filter((g) => g.right === right).length ?? 0), 0)} entries`).join(', ');
      return markdown(`**user \`${target.user.username!.text}\`**\n\nGroups: ${groups}. Through them: ${summary}. Authorization entries grant ` +
        `groups, never users (simpleAuthenticationPlugin gives a connection group principals only).`, context, target.user.username!.span);
    }
    case 'value': {
      const { attribute, element } = target;
      if (attribute.name === 'uri' && (element.localName === 'transportConnector' || element.localName === 'networkConnector')) {
        return markdown(describeTransportUri(attribute.value, element.localName === 'transportConnector' ? 'transportConnector' : 'networkConnector'), context, attribute.valueSpan);
      }
      return placeholderHover(context, attribute, offset);
    }
  }
}

/** The ${placeholder} under the cursor in an attribute value, if any, and where its value comes from. */
function placeholderHover(context: FeatureContext, attribute: XmlAttribute, offset: number): Hover | null {
  for (const m of attribute.value.matchAll(/\$\{[^}]*\}/g)) {
    const start = attribute.valueOffset(m.index!);
    const end = attribute.valueEndOffset(m.index! + m[0].length);
    if (offset < start || offset > end) continue;
    const tag = context.doc.template?.tagAt(start);
    if (tag) return markdown(`A ${context.doc.template!.kind} template expression: its value is known only once the template is rendered, so no rule judges it.`, context, tag);
    return markdown(describePlaceholder(m[0], context.files, /password/i.test(attribute.name)), context, { start, end });
  }
  return null;
}

// The outline: users with their groups, groups with their members, authorization entries with their rights,
// and the connectors.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { RIGHTS, type AuthorizationEntry } from '../../model/types';
import type { Span } from '../../parser/xmlTree';
import type { FeatureContext } from './context';

export function documentSymbols(context: FeatureContext): DocumentSymbol[] {
  const { doc } = context;
  const { model } = doc;
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name || '(unnamed)',
    kind,
    range: doc.range(span),
    selectionRange: doc.range(selection),
    detail,
    children,
  });
  const out: DocumentSymbol[] = [];
  for (const auth of model.simpleAuthentication) {
    const users = auth.users.map((u) => symbol(u.username?.text ?? '', SymbolKind.Object, u.element.span, u.username?.span ?? u.element.nameSpan, (u.groups?.names ?? []).join(', ')));
    out.push(symbol('Authentication', SymbolKind.Namespace, auth.element.span, auth.element.nameSpan, `${users.length} users`, users));
  }
  const groups = [...model.groups.values()].filter((g) => g.declarations.length > 0);
  if (groups.length > 0) {
    // A parent's range must enclose its children's, so the container spans from the first to the last declaration.
    const starts = groups.map((g) => g.declarations[0].span);
    const all = { start: Math.min(...starts.map((d) => d.start)), end: Math.max(...starts.map((d) => d.end)) };
    out.push(symbol('Groups', SymbolKind.Namespace, all, starts[0], `${groups.length} groups`, groups.map((g) =>
      symbol(g.name, SymbolKind.Class, g.declarations[0].span, g.declarations[0].span, g.members.map((m) => m.username?.text ?? '?').join(', ')))));
  }
  const rights = (e: AuthorizationEntry) => RIGHTS.map((r) => `${r}: ${(e.rights[r]?.names ?? []).join(',') || '-'}`).join('  ');
  for (const plugin of model.authorization) {
    const map = plugin.map;
    const entries = (map ? [...map.entries, ...(map.defaultEntry ? [map.defaultEntry] : []), ...(map.tempEntry ? [map.tempEntry] : [])] : []).map((e) => {
      const attr = e.destinationAttributes[0];
      const name = e.role === 'temp' ? 'temporary destinations' : e.role === 'default' ? 'default entry' : `${attr?.name ?? '?'}: ${attr?.value ?? ''}`;
      return symbol(name, SymbolKind.Key, e.element.span, attr?.valueSpan ?? e.element.nameSpan, rights(e));
    });
    out.push(symbol('Authorization', SymbolKind.Namespace, plugin.element.span, plugin.element.nameSpan, `${entries.length} entries`, entries));
  }
  for (const [title, connectors] of [['Transport connectors', model.transportConnectors], ['Network connectors', model.networkConnectors]] as const) {
    if (connectors.length === 0) continue;
    const parent = connectors[0].element.parent ?? connectors[0].element;
    out.push(symbol(title, SymbolKind.Namespace, parent.span, parent.nameSpan, undefined, connectors.map((c) =>
      symbol(c.name?.text ?? c.uri?.text ?? '', SymbolKind.Interface, c.element.span, c.name?.span ?? c.element.nameSpan, c.uri?.text))));
  }
  return out;
}

// Client findings in the CLI's problem shape (1-based lines and columns), so text, json and sarif print them alike.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JsonProblem } from './report';
import type { Problem } from '../service/languageService';

export function clientJsonProblems(path: string, text: string, problems: Problem[]): JsonProblem[] {
  const lines = TextDocument.create(path, 'properties', 0, text);
  return problems.map(({ rule, finding, severity }) => {
    const start = lines.positionAt(finding.span.start);
    const end = lines.positionAt(finding.span.end);
    return {
      file: path,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity,
      code: rule.id,
      message: finding.message,
    };
  });
}

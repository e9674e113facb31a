// "ActiveMQ: Check all broker configs in the workspace": lists the workspace's XML files and lets the server check
// the ones that are not open, so that Problems shows every broker config's findings, as ESLint's lint task does.
import { commands, ProgressLocation, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceCheckSummary } from '../../server/src/server/workspaceCheck';

/** Folders that hold build output or dependencies, not configs someone edits. */
const EXCLUDED = '**/{node_modules,.git,target,build,dist,out}/**';
const MAX_FILES = 10_000;

export async function checkWorkspace(client: LanguageClient): Promise<WorkspaceCheckSummary | undefined> {
  if (!workspace.workspaceFolders?.length) {
    void window.showWarningMessage('Open a folder first: the check covers the XML files of the workspace.');
    return undefined;
  }
  const summary = await window.withProgress({ location: ProgressLocation.Window, title: 'ActiveMQ: checking broker configs' }, async () => {
    const files = await workspace.findFiles('**/*.xml', EXCLUDED, MAX_FILES);
    return client.sendRequest<WorkspaceCheckSummary>('activemqXml/checkFiles', { uris: files.map((f) => f.toString()) });
  });
  const unreadable = summary.unreadable.length > 0 ? `; ${summary.unreadable.length} could not be read (see the output)` : '';
  for (const line of summary.unreadable) client.outputChannel.appendLine(`activemq-xml: not checked: ${line}`);
  void window.showInformationMessage(
    `Checked ${summary.brokerConfigs} broker config${summary.brokerConfigs === 1 ? '' : 's'} among ${summary.files} closed XML files: ${summary.errors} errors, ${summary.warnings} warnings${unreadable}.`,
  );
  if (summary.brokerConfigs > 0) void commands.executeCommand('workbench.actions.view.problems');
  return summary;
}

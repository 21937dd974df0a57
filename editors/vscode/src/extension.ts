// Starts `pycheck server` for Python files and keeps one client running per window.

import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

const CLIENT_ID = "pycheck";
const CLIENT_NAME = "pycheck";

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel | undefined;

/** What the server is started with, read from the `pycheck.*` settings. */
interface Settings {
  path: string;
  args: string[];
  inlayHints: { variableTypes: boolean; functionReturnTypes: boolean };
}

function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration("pycheck");
  return {
    path: config.get<string>("path", "pycheck").trim() || "pycheck",
    args: config.get<string[]>("args", []),
    inlayHints: {
      variableTypes: config.get<boolean>("inlayHints.variableTypes", false),
      functionReturnTypes: config.get<boolean>("inlayHints.functionReturnTypes", false),
    },
  };
}

function createClient(settings: Settings): LanguageClient {
  const executable = {
    command: settings.path,
    args: ["server", ...settings.args],
    transport: TransportKind.stdio,
  };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  // One channel for the whole session, so a restart does not scatter the log.
  outputChannel ??= vscode.window.createOutputChannel(CLIENT_NAME);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
    ],
    initializationOptions: { inlayHints: settings.inlayHints },
    outputChannel,
  };
  // The client reads `pycheck.trace.server` itself, because its id is `pycheck`.
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

async function startServer(): Promise<void> {
  const settings = readSettings();
  const starting = createClient(settings);
  client = starting;
  try {
    await starting.start();
  } catch (error) {
    // Most often the program is not installed or not on PATH: say which one was tried.
    const command = [settings.path, "server", ...settings.args].join(" ");
    // Not awaited: activation must not wait for the user to close the message.
    void vscode.window
      .showErrorMessage(
        `pycheck: could not start \`${command}\`: ${String(error)}. ` +
          "Install pycheck (cargo install --locked --path . in its repository) or set pycheck.path.",
        "Open Settings",
      )
      .then((choice) => {
        if (choice === "Open Settings") {
          void vscode.commands.executeCommand("workbench.action.openSettings", "pycheck.path");
        }
      });
  }
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  if (running === undefined) {
    return;
  }
  try {
    await running.dispose();
  } catch {
    // A server that never started, or already died, has nothing left to stop.
  }
}

async function restartServer(): Promise<void> {
  // A new client rather than `client.restart()`: the path, arguments and
  // initialization options may have changed since the last start.
  await stopServer();
  await startServer();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("pycheck.restartServer", restartServer),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      const needsRestart = ["pycheck.path", "pycheck.args", "pycheck.inlayHints"].some(
        (section) => event.affectsConfiguration(section),
      );
      if (needsRestart) {
        await restartServer();
      }
    }),
  );
  await startServer();
}

export async function deactivate(): Promise<void> {
  await stopServer();
  outputChannel?.dispose();
  outputChannel = undefined;
}

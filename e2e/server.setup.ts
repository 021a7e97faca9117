import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { E2E_DEMO_PASSWORD } from './demo.constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Why the server could not start; set instead of throwing, see `setup`. */
    serverError: string;
  }
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEALTH_TIMEOUT_MS = 120_000;

/**
 * Builds the web app if needed and starts the real server on a free port with a throwaway data dir.
 * `E2E_BASE_URL` skips all of that and targets an already running server (local debugging).
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('serverError', '');
    return async () => {};
  }
  if (!existsSync(join(REPO_ROOT, 'packages/web/dist/index.html'))) {
    execFileSync('npm', ['run', 'build:web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'greenshore-e2e-'));
  const server = startServer(port, dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  project.provide('baseUrl', baseUrl);
  project.provide('serverError', '');
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    // Thrown from global setup, the failure counts as no test at all ("0 passed, 0 failed"), which CI
    // could read as green; handing it to the tests makes every one of them fail with this reason instead.
    project.provide('serverError', error instanceof Error ? error.message : String(error));
  }
  return async () => {
    await stopServer(server.child);
    await rm(dataDir, { recursive: true, force: true });
  };
}

interface RunningServer {
  child: ChildProcess;
  output: string[];
}

function startServer(port: number, dataDir: string): RunningServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      GREENSHORE_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the tail of the server's output so a failed boot explains itself in the test log.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output };
}

async function waitForHealth(baseUrl: string, server: RunningServer): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `server exited (${server.child.exitCode ?? server.child.signalCode}):\n${server.output.join('')}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet; retry until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${server.output.join('')}`);
}

/** Stops exactly the child we started, by its pid: politely first, then by force. */
async function stopServer(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal(pid, 'SIGTERM');
  const timer = setTimeout(() => signal(pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone (ESRCH) between the check and the signal: nothing left to stop.
  }
}

/** Asks the OS for a free port by binding port 0, then releases it for the server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

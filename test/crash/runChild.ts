import { spawn } from 'node:child_process';

export interface ChildRun {
  /** true when our SIGKILL ended the process; false when it finished (or died) on its own first. */
  readonly killed: boolean;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bundled ingesting child and, `killAfterMs` after it reports "ready", SIGKILLs it if it
 * is still running (null: let it finish). Rejects if it never becomes ready.
 */
export function runChild(bundle: string, args: readonly string[], killAfterMs: number | null, readyTimeoutMs = 60_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const readyTimer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never became ready: ${stderr}`));
    }, readyTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const first = !stdout.includes('ready\n');
      stdout += chunk.toString();
      if (first && stdout.includes('ready\n')) {
        clearTimeout(readyTimer);
        if (killAfterMs !== null) killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(readyTimer);
      clearTimeout(killTimer);
      resolve({ killed: signal === 'SIGKILL', code, stdout, stderr });
    });
  });
}

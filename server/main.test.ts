import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` itself, as a person runs it: the refusal must reach stderr and the exit code.
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// A directory without a .env, so only the environment given here counts.
const cwd = mkdtempSync(join(tmpdir(), 'main-start-'));

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [MAIN],
      { cwd, env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe.concurrent('npm start with a bad SALESFINITY_API_KEY', () => {
  it.each([
    [
      'too short',
      'demo-key',
      'SALESFINITY_API_KEY is too short to be an API key (length 8, at least 16 expected).',
    ],
    [
      'with a trailing line break',
      'sk_live_0f8e2d4c6b1a3957\n',
      'SALESFINITY_API_KEY contains whitespace (a space, tab or line break, perhaps at the start or end): set it to the key alone.',
    ],
  ])(
    'refuses a key %s: prints why, without the key, and exits 1',
    async (_case, key, message) => {
      const result = await start({ SALESFINITY_API_KEY: key });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(message);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toContain(key.trim());
    },
    40_000,
  );
});

describe.concurrent('npm start open to the network without sign-in', () => {
  it.each([['0.0.0.0'], ['::'], ['192.168.1.20']])(
    'refuses HOST=%s with AUTH_MODE=none, naming the ways out, and exits 1',
    async (host) => {
      const result = await start({ HOST: host, AUTH_MODE: 'none' });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      for (const wayOut of ['AUTH_MODE=oidc', 'AUTH_MODE=header', 'ALLOW_OPEN_ACCESS=1']) {
        expect(result.stderr).toContain(wayOut);
      }
    },
    40_000,
  );
});

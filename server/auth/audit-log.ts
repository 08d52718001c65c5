import { createWriteStream } from 'node:fs';

/** One data request, as `AUDIT_LOG` records it: who asked for what, and what they got. */
export interface AuditEntry {
  time: string;
  /** null when nobody was signed in (the request was refused) or sign-in is off. */
  email: string | null;
  role: 'manager' | 'rep' | 'open' | null;
  /** The allowlisted endpoint pattern (`call-log/:id`), `recordings`, or the refused path. */
  endpoint: string;
  callId: string | null;
  /** The status sent; null when the browser left before an answer. */
  status: number | null;
}

export type AuditWriter = (entry: AuditEntry) => void;

export interface AuditLog {
  write: AuditWriter;
  close(): Promise<void>;
}

/**
 * Appends one JSON line per entry to `path`. Writing never blocks or fails a request: lines are
 * queued on the stream, and when the file cannot be written the error is reported once and the
 * lines are dropped (the request is answered either way).
 */
export function openAuditLog(
  path: string,
  report: (line: string) => void = (line) => {
    console.error(line);
  },
): AuditLog {
  let failed = false;
  const stream = createWriteStream(path, { flags: 'a', mode: 0o600 });
  stream.on('error', (error) => {
    if (failed) return;
    failed = true;
    const code = 'code' in error && typeof error.code === 'string' ? error.code : error.name;
    report(`[audit] AUDIT_LOG cannot be written (${code}): audit lines are being dropped`);
  });
  return {
    write(entry) {
      if (failed || stream.destroyed) return;
      stream.write(`${JSON.stringify(entry)}\n`);
    },
    close: () =>
      new Promise((resolve) => {
        if (stream.destroyed || failed) {
          resolve();
          return;
        }
        stream.end(() => {
          resolve();
        });
      }),
  };
}

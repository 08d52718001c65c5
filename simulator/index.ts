import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { materializeCall } from './call-record.ts';
import type { CallRecord } from './call-record.ts';
import { generateDataset } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { createRequestHandler } from './http-handler.ts';
import { ID_KIND, objectIdCounter } from './ids.ts';
import { DEFAULT_KNOBS, FaultInjector, patchKnobs } from './knobs.ts';
import type { Knobs } from './knobs.ts';
import { DEFAULT_OPTIONS } from './options.ts';
import { buildScoredCalls } from './scored-call-columns.ts';
import type { ScoredCalls } from './scored-call-columns.ts';
import { materializeScoredCall } from './scored-call-record.ts';
import type { ScoredCallRecord } from './scored-call-record.ts';
import type { SimulatorOptions } from './options.ts';

/**
 * The Salesfinity simulator: a deterministic fake of the client API (contract in
 * shared/api/salesfinity-api.md) with generated data, recordings and fault injection.
 */

export type { Knobs } from './knobs.ts';
export type { SimulatorOptions } from './options.ts';
export type { CallRecord } from './call-record.ts';
export type { ScoredCallRecord } from './scored-call-record.ts';
export { simulatorOptionsFromEnv } from './options.ts';

export interface Simulator {
  /** A node:http request listener (a plain function: safe to pass on detached). */
  readonly handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** The options in force; `options.knobs` reflects `setKnobs`. */
  readonly options: SimulatorOptions;
  /** Validates and applies a partial knob update; throws on invalid values. */
  setKnobs(patch: Partial<Knobs>): void;
  /** The generated data (columns and entities), for tests and the benchmark. */
  readonly dataset: Dataset;
  /** The scores of `GET /v1/scored-calls` (columns), built with the dataset. */
  readonly scoredCalls: ScoredCalls;
  /** Milliseconds the data (calls and scores) took to generate. */
  readonly generationMs: number;
  /**
   * Test accessor: every call as the API would send it, in `_id` order, with transcripts as plain
   * strings (no raw control characters) and recording URLs under `baseUrl`.
   */
  callRecords(baseUrl?: string): CallRecord[];
  /**
   * Test accessor: every scored call as the API would send it, in `_id` order, transcripts as
   * plain strings and recording URLs under `baseUrl`.
   */
  scoredCallRecords(baseUrl?: string): ScoredCallRecord[];
  /** Test accessor: facts a call record does not show (its sequence), by `_id`. */
  describeCall(id: string): { index: number; sequenceId: string | null } | undefined;
}

export type SimulatorInit = Partial<Omit<SimulatorOptions, 'knobs'>> & { knobs?: Partial<Knobs> };

export function createSimulator(init: SimulatorInit = {}): Simulator {
  let knobs = patchKnobs(DEFAULT_KNOBS, init.knobs ?? {});
  const options: SimulatorOptions = {
    calls: init.calls ?? DEFAULT_OPTIONS.calls,
    seed: init.seed ?? DEFAULT_OPTIONS.seed,
    apiKey: init.apiKey ?? DEFAULT_OPTIONS.apiKey,
    now: init.now ?? new Date(),
    knobs,
    admin: init.admin ?? DEFAULT_OPTIONS.admin,
  };
  if (init.publicUrl !== undefined) options.publicUrl = init.publicUrl.replace(/\/+$/, '');
  if (options.apiKey === '') throw new Error('apiKey must not be empty');

  const started = performance.now();
  const dataset = generateDataset({
    calls: options.calls,
    seed: options.seed,
    now: options.now ?? new Date(),
  });
  const scoredCalls = buildScoredCalls(dataset);
  const generationMs = performance.now() - started;

  const setKnobs = (patch: unknown): Knobs => {
    knobs = patchKnobs(knobs, patch);
    options.knobs = knobs;
    return knobs;
  };
  const handle = createRequestHandler({
    dataset,
    scoredCalls,
    apiKey: options.apiKey,
    isAdmin: options.admin,
    publicUrl: options.publicUrl,
    getKnobs: () => knobs,
    setKnobs,
    faults: new FaultInjector(options.seed),
  });

  return {
    handle,
    options,
    setKnobs: (patch) => {
      setKnobs(patch);
    },
    dataset,
    scoredCalls,
    generationMs,
    callRecords: (baseUrl = 'http://localhost') =>
      Array.from(
        { length: dataset.calls.count },
        (_, index) => materializeCall(dataset, index, baseUrl, 0).record,
      ),
    scoredCallRecords: (baseUrl = 'http://localhost') =>
      Array.from(
        { length: scoredCalls.count },
        (_, position) => materializeScoredCall(dataset, scoredCalls, position, baseUrl, 0).record,
      ),
    describeCall: (id) => {
      const index = objectIdCounter(dataset.seed, ID_KIND.call, id);
      if (index === undefined || index >= dataset.calls.count) return undefined;
      const sequence = dataset.sequences[dataset.calls.sequence[index] ?? -1];
      return { index, sequenceId: sequence?.id ?? null };
    },
  };
}

export interface RunningSimulator {
  url: string;
  port: number;
  simulator: Simulator;
  close(): Promise<void>;
}

/** Generates the data and listens (port 0 = an ephemeral port; host default 127.0.0.1). */
export async function startSimulator(
  init: SimulatorInit & { port?: number; host?: string } = {},
): Promise<RunningSimulator> {
  const { port = 0, host = '127.0.0.1', ...rest } = init;
  const simulator = createSimulator(rest);
  const server = createServer(simulator.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

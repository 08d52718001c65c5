import { parseLenientJson } from '../contract/lenient-json.ts';
import { simulatorOptionsFromEnv, startSimulator } from '../simulator/index.ts';
import { readApiKey, resolveServerConfig } from './config.ts';
import type { ServerMode } from './config.ts';
import { DEFAULT_TIMEOUT_MS, USER_AGENT, createProxy } from './proxy.ts';
import type { ProxyHandler, ProxyOptions } from './proxy.ts';

/** What the servers mount. Deliberately holds no key: it lives only inside the proxy's closure. */
export interface Backend {
  readonly mode: ServerMode;
  readonly proxy: ProxyHandler;
  /** `GET /v1/team` with the server's key, parsed: who the reps are, for the role check. */
  readTeam(): Promise<unknown>;
  close(): Promise<void>;
}

export type BackendOptions = Pick<ProxyOptions, 'timeoutMs' | 'fetchImpl' | 'log' | 'audit'>;

/** The server's own read of the team list; like the proxy's, the key stays in this closure. */
function teamReader(
  upstreamUrl: string,
  apiKey: string,
  { fetchImpl = fetch, timeoutMs = DEFAULT_TIMEOUT_MS }: BackendOptions,
): () => Promise<unknown> {
  return async () => {
    const response = await fetchImpl(`${upstreamUrl.replace(/\/+$/, '')}/v1/team`, {
      headers: {
        accept: 'application/json',
        'x-api-key': apiKey,
        'user-agent': USER_AGENT,
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`The team list answered ${response.status}`);
    }
    return parseLenientJson(await response.text());
  };
}

/**
 * Live mode (SALESFINITY_API_KEY set): proxies to the Salesfinity API with that key.
 * Demo mode: starts the embedded simulator on an ephemeral loopback port and proxies to it.
 */
export async function startBackend(
  env: NodeJS.ProcessEnv,
  options: BackendOptions = {},
): Promise<Backend> {
  const config = resolveServerConfig(env);
  const apiKey = readApiKey(env);

  if (apiKey !== undefined && config.upstreamUrl !== null) {
    const proxy = createProxy({
      ...options,
      upstreamUrl: config.upstreamUrl,
      apiKey,
      mode: 'live',
    });
    return {
      mode: 'live',
      proxy,
      readTeam: teamReader(config.upstreamUrl, apiKey, options),
      close: () => Promise.resolve(),
    };
  }

  // Recordings reach the browser through this server's /recordings, so the simulator derives their
  // URLs from the forwarded origin; a SIMULATOR_PUBLIC_URL meant for a standalone one is ignored.
  const { publicUrl: _standaloneOnly, ...simulatorOptions } = simulatorOptionsFromEnv(env);
  const simulator = await startSimulator({ ...simulatorOptions, port: 0, host: '127.0.0.1' });
  const proxy = createProxy({
    ...options,
    upstreamUrl: simulator.url,
    apiKey: simulatorOptions.apiKey,
    mode: 'demo',
  });
  let closing: Promise<void> | undefined;
  return {
    mode: 'demo',
    proxy,
    readTeam: teamReader(simulator.url, simulatorOptions.apiKey, options),
    close: () => (closing ??= simulator.close()),
  };
}

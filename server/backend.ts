import { simulatorOptionsFromEnv, startSimulator } from '../simulator/index.ts';
import { readApiKey, resolveServerConfig } from './config.ts';
import type { ServerMode } from './config.ts';
import { createProxy } from './proxy.ts';
import type { ProxyHandler, ProxyOptions } from './proxy.ts';

/** What the servers mount. Deliberately holds no key: it lives only inside the proxy's closure. */
export interface Backend {
  readonly mode: ServerMode;
  readonly proxy: ProxyHandler;
  close(): Promise<void>;
}

export type BackendOptions = Pick<ProxyOptions, 'timeoutMs' | 'fetchImpl' | 'log'>;

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
    return { mode: 'live', proxy, close: () => Promise.resolve() };
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
    close: () => (closing ??= simulator.close()),
  };
}

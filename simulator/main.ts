import { existsSync } from 'node:fs';
import { simulatorOptionsFromEnv, startSimulator } from './index.ts';

/** `npm run simulator`: the simulator on its own, configured by SIMULATOR_* variables. */

function portFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4010;
  const port = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65_535))
    throw new Error(`SIMULATOR_PORT must be a port number (got "${raw}")`);
  return port;
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const options = simulatorOptionsFromEnv(process.env);
  const running = await startSimulator({
    ...options,
    port: portFromEnv(process.env.SIMULATOR_PORT),
    // Loopback unless asked otherwise (e.g. 0.0.0.0 in a container).
    host: process.env.SIMULATOR_HOST?.trim() || '127.0.0.1',
  });
  const { calls } = running.simulator.options;
  // Never the key: logs end up in CI output and screenshots.
  console.log(
    `Salesfinity simulator listening on ${running.url} (${calls} calls generated in ${Math.round(running.simulator.generationMs)} ms)`,
  );
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

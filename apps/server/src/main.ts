import { DataDirLockedError } from '@pathwise/db';
import { ConfigError, loadConfig } from './runtime/config.ts';
import { startBanner, startServer } from './server.ts';

// Wiring only: configuration, start, signals.
try {
  const config = loadConfig(process.env);
  const server = await startServer(config);
  console.log(startBanner(server, config, config.demoPasswordFromEnv));
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

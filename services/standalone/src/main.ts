import './tracing';
import 'reflect-metadata';
import { ConfigError, exitOnShutdownSignals } from '@aftersales/platform';
import { createStandaloneApp } from './app';

async function main(): Promise<void> {
  const { app, config } = await createStandaloneApp();
  exitOnShutdownSignals(app);
  await app.listen(config.PORT, config.HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost');
  process.stdout.write(
    [
      '',
      `aftersales standalone is listening on ${url}`,
      `  data dir:  ${config.DATA_DIR}`,
      `  API docs:  ${url}/docs   (JSON: ${url}/docs-json)`,
      `  readiness: ${url}/health/ready`,
      '  get a dev token signed with this data dir\'s secret:',
      `    DATA_DIR=${config.DATA_DIR} npm run token -- --role dispatcher --tenant acme`,
      `  then: curl -H "Authorization: Bearer <token>" ${url}/api/v1/me`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`aftersales: ${err.message}\n`);
  } else {
    process.stderr.write(`aftersales: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});

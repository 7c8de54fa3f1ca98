import 'reflect-metadata';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import fastifyStatic from '@fastify/static';
import { createServiceApp, createServiceRuntime, runService } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { GatewayAppModule } from './app.module';
import { describeGatewayOperations } from './openapi/gateway-document';
import { parseTrustedProxies } from './client-address/trusted-proxies';
import { GatewayEnvironment } from './gateway.environment';

runService(async () => {
  const env = loadConfig(GatewayEnvironment);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: env.LOG_LEVEL });
  const { app, logger } = await createServiceApp(
    GatewayAppModule.register(env, runtime),
    {
      service: 'gateway',
      passThroughBodies: true,
      bodyLimitBytes: 20 * 1_048_576,
      trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    },
    runtime,
  );
  describeGatewayOperations(app);
  // The docs UI's scripts and styles, served from the swagger-ui-dist package.
  const swaggerUiDist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  await app.register(fastifyStatic as never, {
    root: swaggerUiDist,
    prefix: '/docs/assets/',
    decorateReply: false,
  });
  // The event stream's docs page: AsyncAPI's React component, its standalone bundle and styles.
  const asyncApiComponent = dirname(
    createRequire(import.meta.url).resolve('@asyncapi/react-component/package.json'),
  );
  await app.register(fastifyStatic as never, {
    root: asyncApiComponent,
    prefix: '/docs/events/assets/',
    decorateReply: false,
    // Only what the page loads: not the package's sources or manifest.
    allowedPath: (path: string) =>
      /^\/(browser\/standalone\/index\.js|styles\/default\.min\.css)$/.test(path),
  });
  await app.listen(env.PORT, env.HOST);
  logger.info({ port: env.PORT }, 'gateway listening');
});

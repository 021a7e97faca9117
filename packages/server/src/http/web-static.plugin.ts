import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (when there is one) and answers everything else: API paths get the JSON
 * 404; any other GET answers index.html, so the single-page app's deep links survive a reload.
 */
export async function installWebAppAndFallback(
  app: FastifyInstance,
  distDir: string | undefined,
): Promise<void> {
  const hasWebApp = distDir !== undefined && fs.existsSync(path.join(distDir, 'index.html'));
  if (distDir && !hasWebApp) app.log.warn({ distDir }, 'web app not built: run `npm run build:web`');
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/docs');
    if (hasWebApp && isPage) return reply.type('text/html').sendFile('index.html');
    return reply
      .status(404)
      .send({ error: 'not found', issues: [{ path: 'url', message: 'no such route' }] });
  });
}

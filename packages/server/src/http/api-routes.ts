import type { FastifyInstance } from 'fastify';
import { loadFactorLibrary } from '../factors/factors.repository.ts';
import { accountsRoutes } from '../routes/accounts.routes.ts';
import { authRoutes } from '../routes/auth.routes.ts';
import { calcRoute } from '../routes/calc.route.ts';
import { dashboardRoutes } from '../routes/dashboard.routes.ts';
import { documentsRoutes } from '../routes/documents.routes.ts';
import { enterprisesRoutes } from '../routes/enterprises.routes.ts';
import { exportsRoutes } from '../routes/exports.routes.ts';
import { factorsRoutes } from '../routes/factors.routes.ts';
import { healthRoute } from '../routes/health.route.ts';
import { importsRoutes } from '../routes/imports.routes.ts';
import { peerBenchmarkRoutes } from '../routes/peer-benchmark.routes.ts';
import { reportsRoutes } from '../routes/reports.routes.ts';
import type { AppContext } from './app-context.ts';

/** Every route under /api/v1, one plugin per area. */
export async function registerApiRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(
    async (api) => {
      await api.register(healthRoute, { database: ctx.database });
      await api.register(authRoutes, { auth: ctx.auth, cookieSecure: ctx.config.cookieSecure });
      await api.register(calcRoute, { library: () => loadFactorLibrary(ctx.database.db) });
      await api.register(accountsRoutes, { ctx });
      await api.register(enterprisesRoutes, { ctx });
      await api.register(reportsRoutes, { ctx });
      await api.register(dashboardRoutes, { ctx });
      await api.register(peerBenchmarkRoutes, { ctx });
      await api.register(factorsRoutes, { ctx });
      await api.register(importsRoutes, { ctx });
      await api.register(exportsRoutes, { ctx });
      await api.register(documentsRoutes, { ctx });
    },
    { prefix: '/api/v1' },
  );
}

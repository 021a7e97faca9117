import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardAnswer, dashboardQuery } from '../dashboard/dashboard.schemas.ts';
import { DashboardService } from '../dashboard/dashboard.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor } from '../http/common.schemas.ts';
import { requireRole } from '../http/session.plugin.ts';

/** GET /dashboard: the city dashboard (KPIs, series, district comparison, filter options) in one answer. */
export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const dashboard = new DashboardService(ctx);
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The city dashboard from approved reports: KPI tiles with year-on-year change, chart series',
        querystring: dashboardQuery,
        response: { 200: dashboardAnswer, ...errorsFor(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      return dashboard.read(request.query);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardAnswer, dashboardQuery } from '../dashboard/dashboard.schemas.ts';
import { DashboardService } from '../dashboard/dashboard.service.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorResponses } from '../http/common.schemas.ts';
import { requireRole } from '../http/session.plugin.ts';

const { 400: e400, 401: e401, 403: e403 } = errorResponses;

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
        response: { 200: dashboardAnswer, 400: e400, 401: e401, 403: e403 },
      },
    },
    async (request) => {
      requireRole(request, 'analyst');
      return dashboard.read(request.query);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the dashboard area (filled in by its owner). */
export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

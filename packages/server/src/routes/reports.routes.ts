import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the reports area (filled in by its owner). */
export const reportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the factors area (filled in by its owner). */
export const factorsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the enterprises area (filled in by its owner). */
export const enterprisesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the accounts area (filled in by its owner). */
export const accountsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

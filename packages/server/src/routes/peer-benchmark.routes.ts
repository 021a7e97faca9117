import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/app-context.ts';

/** Routes of the peer-benchmark area (filled in by its owner). */
export const peerBenchmarkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async () => {};

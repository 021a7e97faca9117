import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contractDto, contractListDto, executionDto, executionListDto } from '../contracts/contract.dto.ts';
import { createContractBody, createExecutionBody } from '../contracts/contract-input.schemas.ts';
import { ContractsService } from '../contracts/contracts.service.ts';
import { ExecutionsService } from '../contracts/executions.service.ts';
import { filingRuleError } from '../enterprises/error-responses.ts';
import type { AppContext } from '../http/app-context.ts';
import { errorsFor, idParams, listQuery } from '../http/common.schemas.ts';
import { requireUser } from '../http/session.plugin.ts';

const tags = ['contracts'];
const readErrors = errorsFor(400, 401, 404);

/** Contracts and their executions (analyst+ or the enterprise's own filer; other tenants get 404). */
export const contractsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const service = new ContractsService(ctx.database, ctx.clock);
  const executions = new ExecutionsService(ctx.database, ctx.clock);

  app.get(
    '/enterprises/:id/contracts',
    {
      schema: {
        tags,
        summary: 'List an enterprise’s contracts',
        params: idParams,
        querystring: listQuery,
        response: { 200: contractListDto, ...readErrors },
      },
    },
    async (request) => service.listOfEnterprise(requireUser(request), request.params.id, request.query),
  );

  app.post(
    '/enterprises/:id/contracts',
    {
      schema: {
        tags,
        summary: 'Register a contract; offshore is derived from clientCountry (HK, MO, TW are offshore)',
        params: idParams,
        body: createContractBody,
        response: { 201: contractDto, ...errorsFor(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const contract = await service.create(requireUser(request), request.params.id, request.body);
      return reply.status(201).send(contract);
    },
  );

  app.get(
    '/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Read a contract',
        params: idParams,
        response: { 200: contractDto, ...readErrors },
      },
    },
    async (request) => service.get(requireUser(request), request.params.id),
  );

  app.get(
    '/contracts/:id/executions',
    {
      schema: {
        tags,
        summary: 'List a contract’s executions, by period',
        params: idParams,
        querystring: listQuery,
        response: { 200: executionListDto, ...readErrors },
      },
    },
    async (request) => executions.listOfContract(requireUser(request), request.params.id, request.query),
  );

  app.post(
    '/contracts/:id/executions',
    {
      schema: {
        tags,
        summary:
          'File an execution in the contract’s currency (its rate unless rateToCny is given); refused ' +
          'with 422 naming periodEnd once the year’s filing window has closed (GET /settings/filing)',
        params: idParams,
        body: createExecutionBody,
        response: { 201: executionDto, ...errorsFor(400, 401, 403, 404, 409), ...filingRuleError },
      },
    },
    async (request, reply) => {
      const execution = await executions.create(requireUser(request), request.params.id, request.body);
      return reply.status(201).send(execution);
    },
  );

  app.get(
    '/executions/:id',
    {
      schema: {
        tags,
        summary: 'Read an execution',
        params: idParams,
        response: { 200: executionDto, ...readErrors },
      },
    },
    async (request) => executions.get(requireUser(request), request.params.id),
  );
};

import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/**
 * zod reports all unknown keys of a strict object as one issue on the object itself, so the API
 * would answer `path: "body"`. Split it into one issue per key, so a request sending a server-owned
 * field (status, enterpriseId, result, …) gets a 400 naming exactly that field.
 */
function splitUnknownKeys(issue: FastifySchemaValidationError): FastifySchemaValidationError[] {
  const keys = issue.params.keys;
  if (issue.keyword !== 'unrecognized_keys' || !Array.isArray(keys)) return [issue];
  const base = issue.instancePath === '/' ? '' : issue.instancePath;
  return keys.map((key) => ({
    ...issue,
    instancePath: `${base}/${key}`,
    message: 'unknown or server-owned field; not accepted in a request',
  }));
}

/** The zod validator compiler with per-key issues for unknown keys (see splitUnknownKeys). */
export const fieldNamingValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const outcome = validate(data) as { error?: FastifySchemaValidationError[]; value?: unknown };
    if (!outcome.error) return outcome;
    return { error: outcome.error.flatMap(splitUnknownKeys) };
  };
};

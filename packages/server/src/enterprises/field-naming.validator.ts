import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { $ZodType } from 'zod/v4/core';

type ValidationItem = FastifySchemaValidationError & { params: { keys?: unknown } };

/**
 * zod reports every unknown key of a strict object as one issue at the object itself, so the API
 * would answer `path: "body"`. Splitting it gives one issue per key, at the key: a client sending
 * `rowVersion` or `offshore` is told exactly which field the server owns.
 */
function splitUnknownKeys(item: ValidationItem): ValidationItem[] {
  const keys = item.params?.keys;
  if (item.keyword !== 'unrecognized_keys' || !Array.isArray(keys)) return [item];
  const base = item.instancePath === '/' ? '' : item.instancePath;
  return keys.map((key) => ({
    ...item,
    instancePath: `${base}/${String(key)}`,
    message: `"${String(key)}" is not accepted here (unknown, or set by the server)`,
  }));
}

/** The zod validator compiler, with unknown keys named one by one (see splitUnknownKeys). */
export const fieldNamingValidatorCompiler: FastifySchemaCompiler<$ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const result = validate(data);
    if (typeof result !== 'object' || result === null || !('error' in result)) return result;
    if (!Array.isArray(result.error)) return result;
    return { error: (result.error as ValidationItem[]).flatMap(splitUnknownKeys) };
  };
};

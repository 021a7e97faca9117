export * from './filing.schema.ts';
export * from './validation.ts';

export * from './currency.ts';
export * from './money.schema.ts';
export * from './money.ts';

export * from './countries.ts';
export * from './other-codes.ts';
export * from './service-codes.ts';
export * from './uscc.ts';

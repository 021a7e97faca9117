export * from './energy-factors.data.ts';
export * from './factor.lookup.ts';
export * from './factor.types.ts';
export * from './factor-library.data.ts';
export * from './grid-factors.data.ts';

export * from './catalogue/index.ts';
export * from './filing/index.ts';

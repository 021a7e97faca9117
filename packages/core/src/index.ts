export * from './calc/index.ts';
export * from './catalogue/index.ts';
export * from './demo/index.ts';
export * from './factors/index.ts';
export * from './filing/index.ts';
export * from './i18n/index.ts';
export * from './indicators/index.ts';
export * from './util/canonical-json.ts';

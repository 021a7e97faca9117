export * from './client-carbon.calc.ts';
export * from './enterprise-year.calc.ts';

export * from './account-tenancy.ts';
export * from './common-passwords.data.ts';
export * from './password-policy.ts';

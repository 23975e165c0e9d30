/**
 * Token signing and the roles, without Nest: `@aftersales/platform/tokens` is what `npm run token`
 * loads, so a token takes a fraction of a second instead of loading the whole platform.
 */
export * from './auth/roles';
export * from './auth/jwt';

import { Type } from '@nestjs/common';

/**
 * Every bounded context's module, run together in one process. Adding a context is one line
 * here; its module brings its own controllers, handlers and projections.
 */
export const CONTEXT_MODULES: Type[] = [];

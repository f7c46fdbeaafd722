import { defineMiddleware } from 'astro:middleware';
import { createPageContext } from './context/page-context.ts';
import { getContent } from './core/astro/content.ts';

/** Every page and endpoint gets its page context (language, text, paths, content) in `Astro.locals.page`. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = createPageContext(context.url, context.site, getContent());
  return next();
});

declare namespace App {
  interface Locals {
    /** The page context, set by src/middleware.ts for every page and endpoint. */
    page: import('./context/page-context.ts').PageContext;
  }
}

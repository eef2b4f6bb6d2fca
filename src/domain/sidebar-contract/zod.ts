/**
 * The one zod every schema imports: zod/mini (the same checks and messages as classic zod, in
 * a functional API that bundles only what is used) with its English messages switched on, which
 * zod/mini leaves off by default (https://zod.dev/packages/mini#no-default-locale). Every
 * execution pays for the bundle's size and top level (docs/performance.md), so the classic
 * build, with its methods on every schema, stays out of dist/Code.js.
 */
import { en } from "zod/locales";
import { config } from "zod/mini";

config(en());

// Re-exported name by name (not as one namespace object), so the bundler keeps only what is used.
export * from "zod/mini";

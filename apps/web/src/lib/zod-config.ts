// Imported first by main.tsx. zod 4 probes `new Function` once to decide whether to compile
// its parsers; under the portal's strict Content-Security-Policy (no 'unsafe-eval') the probe
// is reported as a CSP violation (a best-practices failure). Interpreted parsers are fast
// enough for the forms and query strings the SPA validates.
//
// This is `z.config({ jitless: true })` without importing zod into the entry chunk (≈ 3.7 KB
// gzipped of the 150 KB budget): zod keeps its configuration on globalThis and adopts an
// object that is already there (zod-config.test.ts proves it with the installed version).
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });

// Imported first by main.ts, before any module builds a schema: zod probes `new Function` when it
// builds an object schema, to compile fast parsers, and under the app's CSP (no 'unsafe-eval')
// that probe is reported as a policy violation. Interpreted parsing is plenty for the client.
import { z } from 'zod';

z.config({ jitless: true });

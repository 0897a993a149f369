// Entry point: configures zod for the Content-Security-Policy, then loads and mounts the app.
import './lib/zod-jitless.ts';

// The app arrives by dynamic import because the bundler evaluates statically imported shared
// chunks (zod and the shared schemas among them) before this module's own code: schemas built
// that early would run zod's `new Function` probe before jitless mode is on.
void import('./mount-app.ts').then(({ mountApp }) => mountApp());

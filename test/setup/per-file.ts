// Runs before each test file. Test files share one module graph per worker (isolate: false in
// vitest.config.ts), so a helper's own top-level hooks would be registered for the first file
// only: per-file clean-up is registered here instead.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/build-fixture.ts';

afterAll(removeTempDirs);

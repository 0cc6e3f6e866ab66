// A file system refusing (no permission, disk full, a file where a folder should be) is the
// machine's fault, not the tool's: one line and exit 2, like every other publishing failure.
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';

export async function systemErrorsAsEnvironment<T>(where: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof EnvironmentError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    throw new EnvironmentError(sv.publish.systemError(where, (error as Error).message.split('\n')[0] ?? ''));
  }
}

import unpackPackages from './unpack-packages.ts';
import startAxeLog from './write-axe-summary.ts';

/** Unzips the packages as an LMS would, and starts the axe log; the returned function runs after all tests. */
export default async function globalSetup(): Promise<() => void> {
  await unpackPackages();
  return startAxeLog();
}

import unpackPackages from './unpack-packages.ts';
import { startLrs } from './lrs.ts';

/** Unzips the packages as an LMS would and starts the LRS of the cmi5 tests; the returned function stops it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await unpackPackages();
  return startLrs();
}

import unpackPackages from './unpack-packages.ts';

/** Unzips the packages as an LMS would. */
export default async function globalSetup(): Promise<void> {
  await unpackPackages();
}

/** Stops what global-setup.ts started (nothing where Docker is missing). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__eventStoreContainer?.stop();
}

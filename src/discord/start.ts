/** Placeholder replaced by the Discord adapter. */
export async function startBot(): Promise<void> {
  throw new Error('The Discord adapter is not built yet.');
}

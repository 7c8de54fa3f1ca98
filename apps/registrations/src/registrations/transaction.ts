/**
 * `load()` once per `shared` map — the importer passes one per batch transaction, so rows of the
 * batch read the event and its settings once — and every time without one.
 */
export async function once<T>(
  shared: Map<string, unknown> | undefined,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  if (!shared) return load();
  if (!shared.has(key)) shared.set(key, await load());
  return shared.get(key) as T;
}

/**
 * Keep one instance of a resource (database pool, search client) per process, also across
 * development rebuilds. server/http.ts reads the "db" entry to close the pool on shutdown.
 */
export function singleton<T>(name: string, create: () => T): T {
  const holder = globalThis as { __opgavenmarktSingletons?: Map<string, unknown> };
  holder.__opgavenmarktSingletons ??= new Map();
  if (!holder.__opgavenmarktSingletons.has(name)) holder.__opgavenmarktSingletons.set(name, create());
  return holder.__opgavenmarktSingletons.get(name) as T;
}

/**
 * Modules a page loads when it first needs them (the strings and country
 * names of a language), each once per page, kept by key. A module that cannot
 * load (offline, file missing) leaves English in its place with a warning
 * that names it, and a later call tries again.
 */
export class LazyModules<T> {
  private readonly loaded = new Map<string, T>();
  private readonly pending = new Map<string, Promise<boolean>>();

  /** The module's default export, if it has loaded. */
  get(id: string): T | undefined {
    return this.loaded.get(id);
  }

  /**
   * Loads a module once; resolves false when it could not be loaded.
   * @param what what the module holds, for the warning
   * @param instead what is shown in its place, for the warning
   */
  load(
    id: string,
    load: () => Promise<{ default: T }>,
    what: string,
    instead = 'English',
  ): Promise<boolean> {
    if (this.loaded.has(id)) return Promise.resolve(true);
    let promise = this.pending.get(id);
    if (!promise) {
      promise = load().then(
        (module) => {
          this.loaded.set(id, module.default);
          return true;
        },
        (error: unknown) => {
          console.warn(`IMRF widgets: the ${what} could not be loaded; showing ${instead}.`, error);
          this.pending.delete(id);
          return false;
        },
      );
      this.pending.set(id, promise);
    }
    return promise;
  }
}

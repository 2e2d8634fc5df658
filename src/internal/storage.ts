/**
 * localStorage that never throws: private modes, disabled storage, a full quota or a sandboxed
 * frame make it silently unavailable rather than breaking the element.
 */
export const safeLocalStorage = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Remembering is a convenience; losing it is acceptable.
    }
  },
};

/**
 * Lesson checklist progress, kept in localStorage under one key. Only checklist item ids are
 * stored: never anything a learner typed. Item ids are the same in every locale, so progress
 * made in English shows in German too.
 */
export const PROGRESS_STORAGE_KEY = 'gemini-guide:progress:v1';

export interface LessonProgress {
  done: string[];
  total: number;
}
export type ProgressStore = Record<string, LessonProgress>;

/** Reads the store; anything unreadable counts as no progress rather than an error. */
export function parseProgress(raw: string | null): ProgressStore {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const store: ProgressStore = {};
    for (const [lesson, entry] of Object.entries(value as Record<string, unknown>)) {
      const { done, total } = (entry ?? {}) as Partial<LessonProgress>;
      if (Array.isArray(done) && typeof total === 'number') {
        store[lesson] = { done: done.filter((id) => typeof id === 'string'), total };
      }
    }
    return store;
  } catch {
    return {};
  }
}

/** Sets one item ticked or not, and records how many items the lesson has. */
export function setItem(
  store: ProgressStore,
  lesson: string,
  itemIds: readonly string[],
  itemId: string,
  checked: boolean,
): ProgressStore {
  const previous = new Set(store[lesson]?.done ?? []);
  if (checked) previous.add(itemId);
  else previous.delete(itemId);
  const done = itemIds.filter((id) => previous.has(id));
  return { ...store, [lesson]: { done, total: itemIds.length } };
}

export function resetLesson(store: ProgressStore, lesson: string): ProgressStore {
  const { [lesson]: _removed, ...rest } = store;
  return rest;
}

/** The lesson key for a page path: the path without its locale, e.g. `lessons/create-key`. */
export function lessonKey(pathname: string): string {
  return pathname
    .split('/')
    .filter(Boolean)
    .filter((part, index) => !(index === 0 && (part === 'en' || part === 'de')))
    .join('/');
}

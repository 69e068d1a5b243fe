import { describe, expect, it } from 'vitest';
import { lessonKey, parseProgress, resetLesson, setItem } from '../../src/lib/progress.ts';

describe('lesson progress store', () => {
  it('keys a lesson by its path without the locale, so both languages share progress', () => {
    expect(lessonKey('/en/lessons/create-api-key/')).toBe('lessons/create-api-key');
    expect(lessonKey('/de/lessons/create-api-key/')).toBe('lessons/create-api-key');
    expect(lessonKey('/en/')).toBe('');
  });

  it('ticks and unticks items in checklist order and records the total', () => {
    const ids = ['a', 'b', 'c'];
    let store = setItem({}, 'l', ids, 'c', true);
    store = setItem(store, 'l', ids, 'a', true);
    expect(store.l).toEqual({ done: ['a', 'c'], total: 3 });
    store = setItem(store, 'l', ids, 'c', false);
    expect(store.l).toEqual({ done: ['a'], total: 3 });
  });

  it('drops ids that no longer exist in the checklist', () => {
    const store = setItem({ l: { done: ['gone', 'a'], total: 2 } }, 'l', ['a', 'b'], 'b', true);
    expect(store.l).toEqual({ done: ['a', 'b'], total: 2 });
  });

  it('resets one lesson and keeps the others', () => {
    const store = { l: { done: ['a'], total: 1 }, m: { done: [], total: 2 } };
    expect(resetLesson(store, 'l')).toEqual({ m: { done: [], total: 2 } });
  });

  it('treats unreadable storage as no progress instead of failing', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress('{"l":{"done":"x","total":1},"m":{"done":["a",3],"total":2}}')).toEqual({
      m: { done: ['a'], total: 2 },
    });
  });
});

/**
 * The one script of ours on a lesson page: checklist ticks and progress (localStorage, ids
 * only), "copy link" on step links, and progress badges in the sidebar.
 */
import { format } from '../../i18n/index.ts';
import { copyText } from '../kit/clipboard.ts';
import {
  PROGRESS_STORAGE_KEY,
  lessonKey,
  parseProgress,
  resetLesson,
  setItem,
  type ProgressStore,
} from '../../lib/progress.ts';

function load(): ProgressStore {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_STORAGE_KEY));
  } catch {
    return {}; // storage disabled: ticks simply do not persist
  }
}

function save(store: ProgressStore): void {
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(store));
  } catch {
    /* storage disabled or full: keep working without persistence */
  }
}

const lesson = lessonKey(location.pathname);

function showProgress(store: ProgressStore): void {
  const entry = store[lesson];
  const header = document.querySelector<HTMLElement>('[data-lesson-progress]');
  const total = document.querySelectorAll('[data-check-id]').length;
  if (header && total > 0) {
    header.hidden = false;
    const output = header.querySelector('output');
    if (output)
      output.textContent = format(header.dataset.template ?? '{done}/{total}', {
        done: entry?.done.length ?? 0,
        total,
      });
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.sidebar a[href]')) {
    const progress = store[lessonKey(new URL(link.href).pathname)];
    let badge = link.querySelector<HTMLElement>('.sidebar-progress');
    if (!progress || progress.total === 0) {
      badge?.remove();
      continue;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'sidebar-progress';
      link.append(badge);
    }
    const complete = progress.done.length === progress.total;
    badge.textContent = complete ? '✓' : `${progress.done.length}/${progress.total}`;
    badge.dataset.complete = String(complete);
  }
}

function setUpChecklists(): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-check-id]')];
  const ids = boxes.map((box) => box.dataset.checkId ?? '');
  let store = load();
  const done = new Set(store[lesson]?.done ?? []);
  for (const box of boxes) {
    box.checked = done.has(box.dataset.checkId ?? '');
    box.addEventListener('change', () => {
      store = setItem(load(), lesson, ids, box.dataset.checkId ?? '', box.checked);
      save(store);
      showProgress(store);
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-checklist-reset]')) {
    button.addEventListener('click', () => {
      store = resetLesson(load(), lesson);
      save(store);
      for (const box of boxes) box.checked = false;
      showProgress(store);
    });
  }
  showProgress(store);
}

/** A step's link (rendered at build time) copies its URL instead of only jumping to it. */
function setUpStepLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.step-link')) {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      history.replaceState(history.state, '', link.hash);
      // No clipboard (permissions, insecure origin): the address bar has the link now.
      if (!(await copyText(link.href))) return;
      announce(link.dataset.copiedLabel ?? '');
      link.dataset.copied = 'true';
      setTimeout(() => delete link.dataset.copied, 2000);
    });
  }
}

/** Tells screen readers what just happened, through one polite live region. */
function announce(message: string): void {
  let region = document.getElementById('lesson-announcer');
  if (!region) {
    region = document.createElement('div');
    region.id = 'lesson-announcer';
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
}

setUpChecklists();
setUpStepLinks();

/**
 * Where a secret could land in a browser, each as one searchable string: storage, cookies,
 * IndexedDB, caches, the address and history state; every request; the DOM with hidden and
 * <template> content and the values of form fields.
 */
import type { Page, Request } from '@playwright/test';

/** Everything the page could have persisted or exposed, as one string. */
export async function everythingStored(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [
          k,
          storage.getItem(k),
        ]),
      );
    const databases: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        databases[`${info.name}/${name}`] = await new Promise((resolve) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
    }
    const cacheEntries: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cacheEntries.push(request.url);
    }
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
      databases,
      cacheEntries,
      href: location.href,
      historyState: history.state,
      historyLength: history.length,
    };
  });
  const cookies = await page.context().cookies();
  return JSON.stringify({ inPage, cookies, url: page.url() });
}

export async function everythingSent(requests: Request[]): Promise<string> {
  const sent = [];
  for (const request of requests) {
    sent.push({
      url: request.url(),
      headers: await request.allHeaders(),
      body: request.postData(),
    });
  }
  return JSON.stringify(sent);
}

/** The whole DOM as HTML (hidden elements and <template> content included) plus field values. */
export async function everythingInDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
    ).map((field) => field.value);
    const templates = Array.from(document.querySelectorAll('template')).map((template) =>
      Array.from(template.content.childNodes)
        .map((node) => (node as Element).outerHTML ?? node.textContent)
        .join(''),
    );
    return JSON.stringify({
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      fields,
      templates,
    });
  });
}

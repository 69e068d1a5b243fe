/**
 * Build-time (satteri hast plugin): gives every step heading (`## Title { #id .step }`) a
 * link to itself, rendered in the HTML like Starlight's heading anchors. Server-rendered, so it
 * works without JavaScript (it is a plain `#id` link) and shifts nothing when the page loads;
 * the lesson script upgrades a click to "copy the link".
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { localeFromPath } from '../i18n/index.ts';
import strings from '../i18n/lesson.ts';

type Properties = Record<string, unknown> | undefined;

function hasClass(properties: Properties, name: string): boolean {
  const value = properties?.className ?? properties?.class;
  const classes = Array.isArray(value) ? value : String(value ?? '').split(/\s+/);
  return classes.includes(name);
}

const linkIcon =
  'M10.59 13.41a1 1 0 0 1 0-1.41l3-3a1 1 0 1 1 1.41 1.41l-3 3a1 1 0 0 1-1.41 0Zm-2.83 5.66a4 4 0 0 1-2.83-6.83l2.12-2.12a1 1 0 1 1 1.42 1.41l-2.13 2.13a2 2 0 0 0 2.83 2.83l2.12-2.13a1 1 0 0 1 1.42 1.42l-2.13 2.12a4 4 0 0 1-2.83 1.17Zm8.49-5.66a1 1 0 0 1-.71-1.71l2.12-2.12a2 2 0 0 0-2.83-2.83l-2.12 2.12a1 1 0 0 1-1.42-1.41l2.13-2.13a4 4 0 0 1 5.66 5.66l-2.13 2.12a1 1 0 0 1-.7.3Z';

export const stepLinks: HastPluginEntry = ({ fileURL }) => {
  const docs = fileURL?.pathname.split('/content/docs/')[1];
  if (!docs) return null;
  const t = strings[localeFromPath(`/${docs}`)];
  return defineHastPlugin({
    name: 'step-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !hasClass(node.properties, 'step')) return;
        return {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['sl-heading-wrapper', `level-${node.tagName}`, 'step-heading'],
          },
          children: [
            node,
            {
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['sl-anchor-link', 'step-link'],
                href: `#${id}`,
                'aria-label': `${t.copyLink}: ${ctx.textContent(node)}`,
                'data-copied-label': t.linkCopied,
              },
              children: [
                {
                  type: 'element',
                  tagName: 'svg',
                  properties: {
                    'aria-hidden': 'true',
                    width: '16',
                    height: '16',
                    viewBox: '0 0 24 24',
                    fill: 'currentColor',
                  },
                  children: [
                    { type: 'element', tagName: 'path', properties: { d: linkIcon }, children: [] },
                  ],
                },
              ],
            },
          ],
        };
      },
    },
  });
};

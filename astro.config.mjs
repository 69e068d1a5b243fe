// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.ts';
import { pagesIn } from './src/sidebar.ts';

/** A sidebar group of the pages in one content directory, labelled in both locales.
 * @param {string} label @param {string} de @param {string} directory @param {boolean} [collapsed] */
const group = (label, de, directory, collapsed = false) => ({
  label,
  translations: { de },
  collapsed,
  items: pagesIn(directory),
});

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  markdown: {
    // `## Heading { #step-id }` gives a step its stable id in the source (see src/components/README.md).
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [
    starlight({
      title: { en: site.title.en, de: site.title.de },
      description: site.description.en,
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        de: { label: 'Deutsch', lang: 'de' },
      },
      head: site.head,
      components: {
        Footer: './src/components/starlight/Footer.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
      customCss: ['./src/styles/site.css'],
      sidebar: [
        group('Lessons', 'Lektionen', 'lessons'),
        group('Try it', 'Ausprobieren', 'tools'),
        group('Reference', 'Nachschlagen', 'reference'),
        group('Error reference', 'Fehlerreferenz', 'errors', true),
      ],
      // Our headings carry ids from the source; Starlight's Markdown transforms only know
      // src/content/docs, so steps get their copy-link buttons from our lesson script instead.
      markdown: { headingLinks: false },
    }),
    svelte(),
  ],
});

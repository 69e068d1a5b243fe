// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.ts';
import siteStrings from './src/i18n/site.ts';
import { pagesIn } from './src/sidebar.ts';
import { stepLinks } from './src/markdown/step-links.ts';

/** A sidebar group of the pages in one content directory, labelled in both locales (src/i18n/site.ts).
 * @param {import('./src/i18n/site.ts').SidebarGroup} directory @param {boolean} [collapsed] */
const group = (directory, collapsed = false) => ({
  label: siteStrings.en.sidebar[directory],
  translations: { de: siteStrings.de.sidebar[directory] },
  collapsed,
  items: pagesIn(directory),
});

// SITE_HOST=static: say what a static host lacks (src/site.ts; README "Deploy").
if (site.host === 'static') console.warn(site.staticHostNote);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  markdown: {
    // `## Heading { #step-id .step }` gives a step its stable id in the source; stepLinks adds its link.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [stepLinks] }),
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
      sidebar: [group('lessons'), group('tools'), group('reference'), group('errors', true)],
      // Starlight's Markdown transforms only know src/content/docs (and would label German
      // anchors in English); our step headings get their links from src/markdown/step-links.ts.
      markdown: { headingLinks: false },
    }),
    svelte(),
  ],
});

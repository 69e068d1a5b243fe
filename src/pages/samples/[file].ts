/**
 * /samples/<file>: every code sample of content/samples as a download, so a reader can fetch the
 * files a lesson shows (samples that import sign-request go in the same folder as it).
 */
import type { APIRoute } from 'astro';

const files = import.meta.glob<string>('../../../content/samples/*.{ts,py,sh}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const types: Record<string, string> = {
  ts: 'text/plain; charset=utf-8',
  py: 'text/x-python; charset=utf-8',
  sh: 'text/x-shellscript; charset=utf-8',
};

export function getStaticPaths() {
  return Object.keys(files).map((path) => ({
    params: { file: path.split('/').pop()! },
    props: { path },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const name = path.split('/').pop()!;
  return new Response(files[path], {
    headers: {
      'Content-Type': types[name.split('.').pop()!],
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
};

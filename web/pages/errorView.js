import { h, link } from '../lib/dom.js';

/** What a failed page shows: the API's message (safe by contract) and a way back. */
export function renderErrorView(err) {
  const notFound = err?.status === 404 || err?.code === 'not_found';
  const heading = h('h1', { tabindex: '-1' }, notFound ? 'Not found' : 'Something went wrong');
  const node = h(
    'section',
    { class: 'page page-error', 'data-testid': 'page-error', role: 'alert' },
    heading,
    h('p', {}, err?.message ?? 'Unexpected error.'),
    err?.code ? h('p', { class: 'error-code' }, `Code: ${err.code}`) : null,
    h('p', {}, link('#/', 'Back to the incident list')),
  );
  return { title: heading.textContent, node, focus: heading };
}

export async function renderNotFoundPage() {
  return renderErrorView({ status: 404, code: 'not_found', message: 'There is no page at this address.' });
}

import { fetchJson } from './lib/api.js';
import { parseRoute } from './lib/route.js';
import { renderDocumentPage } from './pages/documentPage.js';
import { renderErrorView, renderNotFoundPage } from './pages/errorView.js';
import { renderIncidentListPage } from './pages/incidentListPage.js';
import { renderIncidentPage } from './pages/incidentPage.js';
import { renderSessionStatus } from './pages/sessionStatus.js';
import { renderSignInPage } from './pages/signInPage.js';
import { renderSpeakerPage } from './pages/speakerPage.js';

const PAGES = Object.freeze({
  list: renderIncidentListPage,
  incident: renderIncidentPage,
  document: renderDocumentPage,
  speaker: renderSpeakerPage,
  signin: renderSignInPage,
  notFound: renderNotFoundPage,
});

/**
 * The router: one render per hash change. A newer navigation aborts the older one's fetch, so a
 * slow answer can never paint over the page the reader has moved on to.
 */
function startRouter(main) {
  let inFlight = null;
  let firstRender = true;

  async function navigate() {
    const hash = location.hash;
    const parsed = parseRoute(hash);
    // main's data-hash names the address whose page is on screen (an in-page anchor keeps the page).
    if (parsed.name === 'anchor' && !firstRender) {
      main.dataset.hash = hash;
      return;
    }
    const plain = parsed.name === 'anchor' ? parseRoute('') : parsed;
    // The sign-in form is a page of its own (#/signin), outside the content routes.
    const route = plain.name === 'notFound' && plain.path === '/signin' ? { name: 'signin' } : plain;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    main.setAttribute('aria-busy', 'true');
    let view;
    try {
      view = await PAGES[route.name](route, { fetchJson: (path) => fetchJson(path, { signal: controller.signal }) });
    } catch (err) {
      if (controller.signal.aborted) return;
      view = renderErrorView(err);
    }
    if (controller.signal.aborted) return;
    main.replaceChildren(view.node);
    main.dataset.hash = hash;
    main.removeAttribute('aria-busy');
    document.title = `${view.title} · Parallax`;
    if (view.scrollTo) view.scrollTo.scrollIntoView({ block: 'center' });
    // On first load the reader has not acted yet: only a linked passage takes focus.
    if (view.focus && (!firstRender || view.scrollTo)) view.focus.focus({ preventScroll: Boolean(view.scrollTo) });
    firstRender = false;
  }

  window.addEventListener('hashchange', navigate);
  // The skip link moves focus without touching the hash, so the address stays shareable.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  return navigate();
}

startRouter(document.getElementById('main'));
const sessionCorner = document.getElementById('session');
if (sessionCorner) renderSessionStatus(sessionCorner).catch(() => sessionCorner.replaceChildren());

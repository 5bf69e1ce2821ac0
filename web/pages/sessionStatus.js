import { readSession, signOut } from '../lib/api.js';
import { h, link } from '../lib/dom.js';

/**
 * The header's account corner: "Sign in", or who is signed in and "Sign out". Nothing at all when
 * the server runs without accounts (the local editor link is the only way to edit there).
 */
export async function renderSessionStatus(container) {
  const session = await readSession();
  if (!session.available) {
    container.replaceChildren();
    return session;
  }
  if (!session.viewer) {
    container.replaceChildren(link('#/signin', 'Sign in', { 'data-testid': 'sign-in-link' }));
    return session;
  }
  const status = h('span', { class: 'session-error', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-testid': 'sign-out' }, 'Sign out');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await signOut();
      // A fresh load: nothing fetched while signed in (private fields, review controls) survives.
      location.reload();
    } catch (err) {
      status.textContent = `Not signed out: ${err.message}`;
      button.disabled = false;
    }
  });
  container.replaceChildren(
    h('span', { 'data-testid': 'signed-in-as' }, 'Signed in as ', h('strong', {}, session.viewer.name), ` (${session.viewer.role})`),
    button,
    status,
  );
  return session;
}

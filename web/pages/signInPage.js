import { signIn } from '../lib/api.js';
import { h, link } from '../lib/dom.js';

/** `#/signin`: name and password; on success the app reloads signed in, on the incident list. */
export async function renderSignInPage() {
  const heading = h('h1', { tabindex: '-1' }, 'Sign in');
  const name = h('input', { id: 'signin-name', name: 'username', autocomplete: 'username', required: true, maxlength: '64', 'data-testid': 'signin-name' });
  const password = h('input', { id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: '1024', 'data-testid': 'signin-password' });
  const error = h('p', { class: 'signin-error', role: 'alert', 'data-testid': 'signin-error' });
  const submit = h('button', { type: 'submit', 'data-testid': 'signin-submit' }, 'Sign in');
  const form = h(
    'form',
    { class: 'signin-form', 'data-testid': 'signin-form' },
    h('label', { for: 'signin-name' }, 'User name'),
    name,
    h('label', { for: 'signin-password' }, 'Password'),
    password,
    submit,
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      await signIn(name.value.trim(), password.value);
      location.hash = '#/';
      // Reload so every page is fetched again as the signed-in user.
      location.reload();
    } catch (err) {
      error.textContent = err.status === 401 ? 'Unknown user name or wrong password.' : `Could not sign in: ${err.message}`;
      submit.disabled = false;
      password.value = '';
      password.focus();
    }
  });
  const node = h(
    'section',
    { class: 'page page-signin', 'data-testid': 'page-signin' },
    heading,
    h('p', { class: 'lede' }, 'Editors and viewers sign in to see private material and to review. Anyone can read what is published without an account.'),
    form,
    h('p', {}, link('#/', 'Back to the incident list')),
  );
  return { title: 'Sign in', node, focus: heading };
}

/** Account roles, weakest first: a viewer reads private material, an editor also changes it, an admin also manages accounts. */
export const ACCOUNT_ROLES = ['viewer', 'editor', 'admin'] as const;

export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** What a request may see: null is an anonymous reader (published incidents and public fields only). */
export type AccountViewer = { readonly userId: string; readonly name: string; readonly role: AccountRole; readonly scopes: readonly TokenScope[] | null } | null;

/** API token scopes: `read` private material, `write` changes (editor or admin), `admin` accounts. */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;

export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function isAccountRole(value: string): value is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** True when `viewer` holds at least `needed`; a token is also limited by its scopes. */
export function hasRole(viewer: AccountViewer, needed: AccountRole): boolean {
  if (viewer === null) return false;
  if (ACCOUNT_ROLES.indexOf(viewer.role) < ACCOUNT_ROLES.indexOf(needed)) return false;
  if (viewer.scopes === null) return true;
  const scope: TokenScope = needed === 'admin' ? 'admin' : needed === 'editor' ? 'write' : 'read';
  return viewer.scopes.includes(scope);
}

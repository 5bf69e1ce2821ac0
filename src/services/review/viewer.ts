/**
 * Who is looking. Until accounts exist, there are two kinds of visitor: the local editor (a request
 * carrying the editor capability) and everyone else, who is anonymous and sees only what is
 * published. src/api/resolveViewer.ts is the one place that decides which a request is.
 */
export interface Viewer {
  /** Recorded as the audit actor: a user name, or 'local' for the local editor. */
  readonly name: string;
  readonly canEdit: boolean;
  /** Sees private incidents and fields. */
  readonly canSeePrivate: boolean;
}

export const ANONYMOUS: Viewer = Object.freeze({ name: 'anonymous', canEdit: false, canSeePrivate: false });

export const LOCAL_EDITOR: Viewer = Object.freeze({ name: 'local', canEdit: true, canSeePrivate: true });

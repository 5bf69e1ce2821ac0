/** One step of the schema. Versions run 1, 2, 3… with no gaps; a step never changes once released. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// Minimal typings for the two geo packages used to draw the offline map (neither ships types).
declare module 'd3-geo' {
  export interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    scale(k: number): GeoProjection;
    translate(t: [number, number]): GeoProjection;
  }
  export interface GeoPath {
    (object: unknown): string | null;
    centroid(object: unknown): [number, number];
  }
  export function geoAlbersUsa(): GeoProjection;
  export function geoPath(projection?: GeoProjection | null): GeoPath;
}

declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): { features: { id?: string; properties: { name: string } }[] };
  export function mesh(topology: unknown, object: unknown, filter?: (a: unknown, b: unknown) => boolean): unknown;
}

/**
 * The type-only mark `withCatalog` leaves on a machine, so `dispatch` can type the events it
 * returns. The key is a string, not a `unique symbol`: a symbol declared once in the root entry's
 * declarations and once in `@jiayuan/core/dispatch`'s would be two symbols, and the subpath could
 * not read a mark left through the root. No such property exists at run time (the catalog itself
 * is kept under `CATALOG_KEY`).
 */
export interface CatalogMark<TCatalog> {
  readonly '~jiayuan.catalog'?: TCatalog;
}

// Where a country entry cites sources: used by the data check (every id defined, every source
// cited) and by the feed (each country's file carries the sources it cites).

// Every `sources` list of ids inside a country entry, with where it is.
export function* citations(value, path) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* citations(v, `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (k === "sources" && Array.isArray(v)) yield [at, v];
      else if (!(k === "sources" && path === "")) yield* citations(v, at);
    }
  }
}

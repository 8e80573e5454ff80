// Geometry helpers shared by the shape scripts: cutting rings at the antimeridian so a planar map
// never draws a line across the world (d3 does this at render time; we do it once, at build time).

/** Unwraps a ring so that no step exceeds 180° of longitude; closes rings around a pole via the pole. */
function unwrap(ring) {
  let offset = 0;
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0) {
    // The ring winds around a pole: close it along the pole line.
    const pole = out.reduce((a, p) => a + p[1], 0) < 0 ? -90 : 90;
    const last = out[out.length - 1];
    out.push([last[0], pole], [out[0][0], pole], out[0]);
  }
  return out;
}

/** Sutherland–Hodgman clip of a ring against the half-plane `keep(x)`, with boundary x = edge. */
function clipHalf(ring, edge, keep) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    const ka = keep(a[0]), kb = keep(b[0]);
    if (ka) out.push(a);
    if (ka !== kb) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** The pieces of a ring inside [-180, 180], one per 360° window it touches. */
function cutRing(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!crosses) return [ring];
  const flat = unwrap(ring);
  const pieces = [];
  for (const k of [-1, 0, 1]) {
    const lo = -180 + 360 * k, hi = 180 + 360 * k;
    let piece = clipHalf(flat, lo, (x) => x >= lo);
    if (piece.length) piece = clipHalf(piece, hi, (x) => x <= hi);
    if (piece.length >= 3 && Math.abs(area(piece)) > 1e-9) {
      const shifted = piece.map(([x, y]) => [x - 360 * k, y]);
      shifted.push(shifted[0]);
      pieces.push(shifted);
    }
  }
  return pieces;
}

export function cutGeometry(g) {
  if (!g) return g;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const out = [];
  for (const [outer, ...holes] of polys) {
    const pieces = cutRing(outer);
    if (pieces.length === 1 && pieces[0] === outer) {
      out.push([outer, ...holes.flatMap(cutRing)]);
    } else {
      // Crossing polygons are drawn piece by piece; their rings become separate polygons.
      for (const p of pieces) out.push([p]);
      for (const h of holes) for (const p of cutRing(h)) out.push([p]);
    }
  }
  return { type: "MultiPolygon", coordinates: out };
}

/** Sort orders over the call columns: one precomputed permutation per sort field. */

/**
 * Calls ordered ascending by one sort field with ties broken by index (= `_id`): first the
 * `present` calls that have the field, then the calls without it. Descending order walks each part
 * backwards, so ties reverse too and missing values stay last in both directions.
 */
export interface SortOrder {
  order: Int32Array;
  present: number;
}

/**
 * Ascending order of integer-valued `values` (NaN = missing, placed last), ties by index. Packs
 * value and index into one float so the engine's native numeric sort does the work: a comparator
 * sort of a million indexes is several times slower.
 */
export function sortOrderOf(values: Float64Array): SortOrder {
  const count = values.length;
  let min = Infinity;
  let max = -Infinity;
  let present = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i] ?? NaN;
    if (Number.isNaN(value)) continue;
    present++;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const order = new Int32Array(count);
  let missingAt = present;
  if (isAscending(values)) {
    // createdAt and ended_at follow index order by construction: no sort needed.
    let k = 0;
    for (let i = 0; i < count; i++) {
      if (Number.isNaN(values[i] ?? NaN)) order[missingAt++] = i;
      else order[k++] = i;
    }
  } else if ((max - min + 1) * count <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(present);
    let k = 0;
    for (let i = 0; i < count; i++) {
      const value = values[i] ?? NaN;
      if (Number.isNaN(value)) order[missingAt++] = i;
      else packed[k++] = (value - min) * count + i;
    }
    packed.sort();
    for (let j = 0; j < present; j++) order[j] = (packed[j] ?? 0) % count;
  } else {
    const indexes = new Int32Array(present);
    let k = 0;
    for (let i = 0; i < count; i++) {
      if (Number.isNaN(values[i] ?? NaN)) order[missingAt++] = i;
      else indexes[k++] = i;
    }
    indexes.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
    order.set(indexes);
  }
  return { order, present };
}

/** True when the present (non-NaN) values never decrease in index order. */
function isAscending(values: Float64Array): boolean {
  let previous = -Infinity;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    if (value < previous) return false;
    previous = value;
  }
  return true;
}

/** Counting sort for the small non-negative integer durations (-1 = missing), ties by index. */
export function sortOrderOfDurations(durations: Int32Array): SortOrder {
  let max = 0;
  let present = 0;
  for (const value of durations) {
    if (value < 0) continue;
    present++;
    if (value > max) max = value;
  }
  const starts = new Int32Array(max + 2);
  for (const value of durations) if (value >= 0) starts[value + 1] = (starts[value + 1] ?? 0) + 1;
  for (let v = 1; v < starts.length; v++) starts[v] = (starts[v] ?? 0) + (starts[v - 1] ?? 0);
  const order = new Int32Array(durations.length);
  let missingAt = present;
  for (let i = 0; i < durations.length; i++) {
    const value = durations[i] ?? -1;
    if (value < 0) order[missingAt++] = i;
    else {
      const slot = starts[value] ?? 0;
      order[slot] = i;
      starts[value] = slot + 1;
    }
  }
  return { order, present };
}

/**
 * Binary search over a sorted array: the index of the first item for which `isAfter` holds, where
 * `isAfter` is false for a prefix of the array and true for the rest; `items.length` when it never holds.
 */
export function firstIndex<T>(items: readonly T[], isAfter: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(items[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

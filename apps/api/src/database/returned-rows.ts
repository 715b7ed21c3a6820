/**
 * The rows an `UPDATE ... RETURNING` or `DELETE ... RETURNING` gave back. TypeORM's
 * query() answers those two as `[rows, rowCount]` (every other statement as the rows),
 * so `.length` on the raw answer is always 2: read the rows through this.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}

import { problemResponse } from './http';
import { withQuery } from './links';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * A route handler that never answers 500 with details: an unexpected failure is logged and
 * answered as a problem document (hostile input is refused before it reaches a reader).
 */
export function openDataRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`Error while answering ${request.url.slice(0, 200)}:`, error);
      return problemResponse(500, 'The request could not be answered.');
    }
  };
}

/** A page of a list as every list endpoint sends it: the items, the next cursor and both links. */
export function listBody<T>(request: Request, data: T[], next: string | null) {
  return { data, next, links: { self: withQuery(request, {}), next: next === null ? null : withQuery(request, { cursor: next }) } };
}

/** Reads one more item than a page holds to tell whether another page follows. */
export function splitPage<T>(rows: T[], limit: number): { page: T[]; more: boolean } {
  return { page: rows.slice(0, limit), more: rows.length > limit };
}

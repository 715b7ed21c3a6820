import { ApiError, CLIENT_ERROR_CODES, errorFromBody } from '../api/http';
import type { HandoutModel } from '@kindred/session';

/**
 * Who is opening the handout: the pair's token from the link's fragment, or none
 * (then the facilitator's sign-in cookie is what the server checks).
 */
export interface HandoutKey {
  pairId: string;
  token: string | null;
  /** The language asked for (`?lang=`); absent: the pair's, then the session's. */
  language?: string;
}

/** `/api/handouts/<pair><suffix>`, with the language asked for. */
function handoutUrl(key: HandoutKey, suffix: string): string {
  const query = key.language ? `?lang=${encodeURIComponent(key.language)}` : '';
  return `/api/handouts/${encodeURIComponent(key.pairId)}${suffix}${query}`;
}

function headersFor(key: HandoutKey, accept: string): HeadersInit {
  return key.token ? { Accept: accept, Authorization: `Bearer ${key.token}` } : { Accept: accept };
}

async function get(key: HandoutKey, suffix: string, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(handoutUrl(key, suffix), { headers: headersFor(key, accept), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, CLIENT_ERROR_CODES.offline, 'The server could not be reached.');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw errorFromBody(response.status, body);
  }
  return response;
}

export async function fetchHandout(key: HandoutKey): Promise<HandoutModel> {
  const response = await get(key, '', 'application/json');
  return (await response.json()) as HandoutModel;
}

/** The pair shares its handout with the facilitator, or withdraws that; answers with the updated handout. */
export async function shareHandout(key: HandoutKey, shared: boolean): Promise<HandoutModel> {
  let response: Response;
  try {
    response = await fetch(handoutUrl(key, '/share'), {
      method: 'POST',
      headers: { ...headersFor(key, 'application/json'), 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ shared }),
    });
  } catch {
    throw new ApiError(0, CLIENT_ERROR_CODES.offline, 'The server could not be reached.');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw errorFromBody(response.status, body);
  }
  return (await response.json()) as HandoutModel;
}

export async function fetchHandoutPdf(key: HandoutKey): Promise<{ blob: Blob; fileName: string }> {
  const response = await get(key, '/pdf', 'application/pdf');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'kindred-handout.pdf';
  return { blob: await response.blob(), fileName };
}

/** Saves a blob under a file name, the way a download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

import type { MemberRole } from '@kindred/content';
import { http, request } from './http';
import type {
  CreateSessionBody,
  Facilitator,
  ImportedPlan,
  PlanFile,
  JoinBody,
  JoinInfo,
  JoinResult,
  DeviceCode,
  MergeResult,
  RedeemedDevice,
  PlanCustomization,
  PlanSummary,
  PreviewResult,
  SessionCreatedResult,
  SessionSummary,
  SeriesResult,
  RejoinOffer,
  RejoinResult,
  EarlierCommitments,
  CommitmentOutcome,
  SignInInput,
  SignUpInput,
} from './types';
import type { FidelityRecord, InviteCreated, InvitePreview, RecoveryInfo, Team } from '@kindred/session';

const enc = encodeURIComponent;

export const authApi = {
  signUp: (body: SignUpInput) => http.post<{ facilitator: Facilitator }>('/api/auth/signup', body),
  signIn: (body: SignInInput) => http.post<{ facilitator: Facilitator }>('/api/auth/signin', body),
  signOut: () => http.post<undefined>('/api/auth/signout'),
  me: () => http.get<{ facilitator: Facilitator }>('/api/auth/me'),
  recovery: () => http.get<RecoveryInfo>('/api/auth/recovery'),
  forgot: (email: string) => http.post<{ message: string }>('/api/auth/forgot', { email }),
  reset: (token: string, password: string) => http.post<{ facilitator: Facilitator }>('/api/auth/reset', { token, password }),
};

/** Who facilitates a session: the owner invites, removes; anyone with an invite link accepts. */
export const teamApi = {
  get: (sessionId: string) => http.get<Team>(`/api/sessions/${enc(sessionId)}/team`),
  invite: (sessionId: string) => http.post<InviteCreated>(`/api/sessions/${enc(sessionId)}/invites`),
  remove: (sessionId: string, facilitatorId: string) => request<undefined>('DELETE', `/api/sessions/${enc(sessionId)}/team/${enc(facilitatorId)}`),
  preview: (token: string) => http.post<InvitePreview>('/api/invites/preview', { token }),
  accept: (token: string) => http.post<{ sessionId: string }>('/api/invites/accept', { token }),
};

export const plansApi = {
  /** Titles and descriptions in `language` (the console's). */
  list: (language: string) => http.get<{ plans: PlanSummary[] }>(`/api/plans?${new URLSearchParams({ lang: language }).toString()}`),
  preview: (planId: string, customization: PlanCustomization) =>
    http.post<PreviewResult>('/api/plans/preview', { planId, customization }),
  exportFile: (planId: string, customization?: PlanCustomization) => http.post<PlanFile>('/api/plans/export', { planId, ...(customization ? { customization } : {}) }),
  importFile: (file: string) => http.post<ImportedPlan>('/api/plans/import', { file }),
};

export const sessionsApi = {
  create: (body: CreateSessionBody) => http.post<SessionCreatedResult>('/api/sessions', body),
  list: () => http.get<{ sessions: SessionSummary[] }>('/api/sessions'),
  get: (id: string) => http.get<SessionSummary>(`/api/sessions/${enc(id)}`),
  duplicate: (id: string, title?: string) => http.post<SessionCreatedResult>(`/api/sessions/${enc(id)}/duplicate`, title ? { title } : {}),
  projectorLink: (id: string) => http.post<{ projectorToken: string }>(`/api/sessions/${enc(id)}/projector-link`),
  delete: (id: string) => request<undefined>('DELETE', `/api/sessions/${enc(id)}`),
  fidelity: (id: string) => http.get<FidelityRecord>(`/api/sessions/${enc(id)}/fidelity`),
};

export const joinApi = {
  lookup: (code: string) => http.get<JoinInfo>(`/api/join/${enc(code)}`),
  join: (body: JoinBody) => http.post<JoinResult>('/api/join', body),
};

/** A pair's phones; the device proves itself with its own credential. */
const bearer = (pairToken: string): RequestInit => ({ headers: { Authorization: `Bearer ${pairToken}` } });

export const pairDevicesApi = {
  code: (pairToken: string, role?: MemberRole) => request<DeviceCode>('POST', '/api/pair-devices/code', role ? { role } : {}, bearer(pairToken)),
  redeem: (code: string, language?: string) => http.post<RedeemedDevice>('/api/pair-devices/redeem', language ? { code, language } : { code }),
  merge: (pairToken: string) => request<MergeResult>('POST', '/api/pair-devices/merge', {}, bearer(pairToken)),
};

/** Linked series: the facilitator's evenings and attendance, and a pair coming back as itself. */
export const seriesApi = {
  get: (sessionId: string) => http.get<SeriesResult>(`/api/sessions/${enc(sessionId)}/series`),
  next: (sessionId: string) => http.post<SessionCreatedResult>(`/api/sessions/${enc(sessionId)}/series/next`, {}),
  markPresent: (sessionId: string, seriesPairId: string) => http.post<SeriesResult>(`/api/sessions/${enc(sessionId)}/series/present`, { seriesPairId }),
  rejoinOffer: (pairToken: string) => request<RejoinOffer>('GET', '/api/series/rejoin', undefined, bearer(pairToken)),
  rejoinHere: (pairToken: string) => request<RejoinResult>('POST', '/api/series/rejoin', {}, bearer(pairToken)),
  rejoinWithCode: (code: string) => http.post<RejoinResult>('/api/series/rejoin', { code }),
  commitments: (pairToken: string) => request<EarlierCommitments>('GET', '/api/series/commitments', undefined, bearer(pairToken)),
  setOutcome: (pairToken: string, body: { sessionId: string; segmentId: string; outcome: CommitmentOutcome }) =>
    request<EarlierCommitments>('POST', '/api/series/commitments/outcome', body, bearer(pairToken)),
};

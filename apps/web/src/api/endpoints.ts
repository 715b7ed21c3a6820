import { http } from './http';
import type {
  CreateSessionBody,
  Facilitator,
  JoinBody,
  JoinInfo,
  JoinResult,
  PlanCustomization,
  PlanSummary,
  PreviewResult,
  SessionCreatedResult,
  SessionSummary,
  SignInInput,
  SignUpInput,
} from './types';

const enc = encodeURIComponent;

export const authApi = {
  signUp: (body: SignUpInput) => http.post<{ facilitator: Facilitator }>('/api/auth/signup', body),
  signIn: (body: SignInInput) => http.post<{ facilitator: Facilitator }>('/api/auth/signin', body),
  signOut: () => http.post<undefined>('/api/auth/signout'),
  me: () => http.get<{ facilitator: Facilitator }>('/api/auth/me'),
};

export const plansApi = {
  list: () => http.get<{ plans: PlanSummary[] }>('/api/plans'),
  preview: (planId: string, customization: PlanCustomization) =>
    http.post<PreviewResult>('/api/plans/preview', { planId, customization }),
};

export const sessionsApi = {
  create: (body: CreateSessionBody) => http.post<SessionCreatedResult>('/api/sessions', body),
  list: () => http.get<{ sessions: SessionSummary[] }>('/api/sessions'),
  get: (id: string) => http.get<SessionSummary>(`/api/sessions/${enc(id)}`),
  projectorLink: (id: string) => http.post<{ projectorToken: string }>(`/api/sessions/${enc(id)}/projector-link`),
};

export const joinApi = {
  lookup: (code: string) => http.get<JoinInfo>(`/api/join/${enc(code)}`),
  join: (body: JoinBody) => http.post<JoinResult>('/api/join', body),
};

import { z } from 'zod';
import { safeText } from './text';

/*
 * The HTTP contract of co-facilitation and account recovery (routes listed in
 * HTTP_ROUTES, http.ts). Kept in its own file so http.ts only gains the route lines.
 */

export { TEAM_HTTP_ERROR_MESSAGES } from './http-errors';

const token = safeText(100).pipe(z.string().min(20, 'This link is incomplete'));
const email = safeText(200).pipe(z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address' })));

// ---- co-facilitators ----
export const FACILITATOR_ROLES = ['owner', 'co-facilitator'] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];
/** A one-time invite; the web turns the token into a link with `inviteLink` (links.ts). */
export const InviteCreatedResponse = z.strictObject({ inviteToken: z.string(), expiresAt: z.string() });
export const InviteTokenBody = z.strictObject({ token });
export const InvitePreviewResponse = z.strictObject({ sessionTitle: z.string(), invitedBy: z.string(), expiresAt: z.string() });
export const InviteAcceptedResponse = z.strictObject({ sessionId: z.string() });
const TeamMember = z.strictObject({ id: z.string(), displayName: z.string() });
export const TeamResponse = z.strictObject({
  you: z.enum(FACILITATOR_ROLES),
  owner: TeamMember,
  coFacilitators: z.array(TeamMember.extend({ addedAt: z.string() })),
});

// ---- account recovery ----
/** Whether "Forgot your password?" can email a link here (SMTP_URL set); else ask whoever runs the server. */
export const RecoveryInfoResponse = z.strictObject({ byEmail: z.boolean() });
export const ForgotPasswordBody = z.strictObject({ email });
/** The same answer whether or not the email has an account. */
export const ForgotPasswordResponse = z.strictObject({ message: z.string() });
export const ResetPasswordBody = z.strictObject({ token, password: safeText(200) });

export type InviteCreated = z.output<typeof InviteCreatedResponse>;
export type InvitePreview = z.output<typeof InvitePreviewResponse>;
export type Team = z.output<typeof TeamResponse>;
export type RecoveryInfo = z.output<typeof RecoveryInfoResponse>;

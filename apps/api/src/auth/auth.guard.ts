import { CanActivate, createParamDecorator, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiError } from '../http/api-error';
import { readCookie } from '../security/tokens';
import { AuthService, Facilitator, SESSION_COOKIE } from './auth.service';

type AuthedRequest = Request & { facilitator?: Facilitator };

/** Lets a request through only with a valid facilitator session cookie. */
@Injectable()
export class FacilitatorGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const facilitator = await this.auth.facilitatorForToken(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!facilitator) throw new ApiError('auth/signed-out', 'Please sign in to continue.', HttpStatus.UNAUTHORIZED);
    req.facilitator = facilitator;
    return true;
  }
}

/** The signed-in facilitator, set by FacilitatorGuard. */
export const CurrentFacilitator = createParamDecorator((_: unknown, context: ExecutionContext): Facilitator => {
  const facilitator = context.switchToHttp().getRequest<AuthedRequest>().facilitator;
  if (!facilitator) throw new ApiError('auth/signed-out', 'Please sign in to continue.', HttpStatus.UNAUTHORIZED);
  return facilitator;
});

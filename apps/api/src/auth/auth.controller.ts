import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { nameText, safeText } from '@kindred/session';
import { z } from 'zod';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { parseBody } from '../http/zod-body';
import { addressKey } from '../security/rate-limits';
import { readCookie } from '../security/tokens';
import { CurrentFacilitator, FacilitatorGuard } from './auth.guard';
import { AuthService, Facilitator, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_TTL_MS, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';
import { passwordProblem } from './password-strength';

const email = safeText(200).pipe(z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address' })));
export const SignUpBody = z
  .object({
    email,
    password: safeText(200),
    displayName: nameText(80, 'Enter your name'),
  })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, [body.email, body.displayName]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });
export const SignInBody = z.object({ email, password: safeText(200).pipe(z.string().min(1, 'Enter your password')) });

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Post('signup')
  async signUp(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token, knownDevice } = await this.auth.signUp(parseBody(SignUpBody, body), addressKey(req.ip));
    this.setCookies(res, token, knownDevice);
    return { facilitator };
  }

  @Post('signin')
  @HttpCode(200)
  async signIn(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token, knownDevice } = await this.auth.signIn(parseBody(SignInBody, body), {
      address: addressKey(req.ip),
      knownDevice: readCookie(req.headers.cookie, KNOWN_DEVICE_COOKIE),
    });
    this.setCookies(res, token, knownDevice);
    return { facilitator };
  }

  @Post('signout')
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) await this.auth.signOut(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @UseGuards(FacilitatorGuard)
  me(@CurrentFacilitator() facilitator: Facilitator): { facilitator: Facilitator } {
    return { facilitator };
  }

  private setCookies(res: Response, token: string, knownDevice: string): void {
    const options = { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies } as const;
    res.cookie(SESSION_COOKIE, token, { ...options, path: '/', maxAge: SESSION_TTL_MS });
    // Only sign-in reads it; it outlives sign-out on purpose (see AuthService).
    res.cookie(KNOWN_DEVICE_COOKIE, knownDevice, { ...options, path: '/api/auth', maxAge: KNOWN_DEVICE_TTL_MS });
  }
}

import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ForgotPasswordBody, ResetPasswordBody, SignInBody, SignUpBody } from '@kindred/session';
import { PasswordRecovery } from './password-recovery';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { parseBody } from '../http/zod-body';
import { addressKey } from '../security/rate-limits';
import { readCookie } from '../security/tokens';
import { CurrentFacilitator, FacilitatorGuard } from './auth.guard';
import { AuthService, Facilitator, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_TTL_MS, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';
import { passwordProblem } from './password-strength';

// Request and response shapes: the HTTP contract in libs/session/src/protocol/http.ts.
// The password's strength is the server's own check on top of the contract's text rules.
const SignUpWithStrongPassword = SignUpBody.superRefine((body, ctx) => {
  const problem = passwordProblem(body.password, [body.email, body.displayName]);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
});

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
    private readonly recovery: PasswordRecovery,
  ) {}

  /** Whether the sign-in page offers "Forgot your password?" by email, or says to ask whoever runs the server. */
  @Get('recovery')
  recoveryInfo(): { byEmail: boolean } {
    return { byEmail: this.recovery.byEmail };
  }

  @Post('forgot')
  @HttpCode(202)
  forgot(@Body() body: unknown, @Req() req: Request): Promise<{ message: string }> {
    return this.recovery.request(parseBody(ForgotPasswordBody, body).email, addressKey(req.ip));
  }

  @Post('reset')
  @HttpCode(200)
  async reset(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const input = parseBody(ResetPasswordBody, body);
    const { facilitator, token, knownDevice } = await this.recovery.complete(input.token, input.password);
    this.setCookies(res, token, knownDevice);
    return { facilitator };
  }

  @Post('signup')
  async signUp(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token, knownDevice } = await this.auth.signUp(parseBody(SignUpWithStrongPassword, body), addressKey(req.ip));
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

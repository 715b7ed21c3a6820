import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { parseBody } from '../http/zod-body';
import { readCookie } from '../security/tokens';
import { CurrentFacilitator, FacilitatorGuard } from './auth.guard';
import { AuthService, Facilitator, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';

const email = z.string().trim().toLowerCase().max(200).pipe(z.email({ message: 'Enter a valid email address' }));
export const SignUpBody = z.object({
  email,
  password: z.string().min(10, 'Use at least 10 characters for your password').max(200),
  displayName: z.string().trim().min(1, 'Enter your name').max(80),
});
export const SignInBody = z.object({ email, password: z.string().min(1, 'Enter your password').max(200) });

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Post('signup')
  async signUp(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token } = await this.auth.signUp(parseBody(SignUpBody, body));
    this.setCookie(res, token);
    return { facilitator };
  }

  @Post('signin')
  @HttpCode(200)
  async signIn(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token } = await this.auth.signIn(parseBody(SignInBody, body), req.ip ?? 'unknown');
    this.setCookie(res, token);
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

  private setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: SESSION_TTL_MS,
    });
  }
}

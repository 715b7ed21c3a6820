import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { FacilitatorGuard } from './auth.guard';
import { AuthService } from './auth.service';

@Module({
  controllers: [AuthController],
  providers: [AuthService, FacilitatorGuard],
  exports: [AuthService, FacilitatorGuard],
})
export class AuthModule {}

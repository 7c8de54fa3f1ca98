import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'aigerim@mci.gov.kz' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiPropertyOptional({ description: 'Code from the authenticator app, when TOTP is enrolled' })
  @IsOptional()
  @IsString()
  @Length(6, 6)
  totpCode?: string;

  @ApiPropertyOptional({
    description: 'One of the recovery codes shown at TOTP enrolment, instead of totpCode',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'The one-time token handed out when the member was added' })
  @IsString()
  @MaxLength(128)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  password!: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Length(6, 6)
  code!: string;
}

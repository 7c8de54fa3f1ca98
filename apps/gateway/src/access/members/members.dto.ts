import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, type Role } from '@jiyn/auth';
import { NestedObjects, type FieldProblem } from '@jiyn/problems';

export class RoleAssignmentDto {
  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this event of the organisation; absent: the whole organisation',
  })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiPropertyOptional({
    description: 'Unmasked IIN, phone, e-mail and birth date on top of the role',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  personalData?: boolean;
}

export class UpdateMemberDto {
  @ApiProperty({
    type: RoleAssignmentDto,
    isArray: true,
    minItems: 1,
    maxItems: 50,
    description: 'Replaces the member’s roles in this organisation',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @NestedObjects(() => RoleAssignmentDto)
  roles!: RoleAssignmentDto[];
}

export class AddMemberDto extends UpdateMemberDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'aigerim@mci.gov.kz' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  // Stored trimmed: a name of spaces alone would be stored empty, so it is refused.
  @ApiProperty({ minLength: 1, maxLength: 200, pattern: '\\S', example: 'Айгерім Серікқызы' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/)
  displayName!: string;

  @ApiProperty({ enum: ['kk', 'ru', 'en'], enumName: 'AccessLanguage' })
  @IsIn(['kk', 'ru', 'en'])
  preferredLanguage!: 'kk' | 'ru' | 'en';
}

/** What class-validator cannot say: an owner holds the whole organisation, and no role is given twice. */
export function roleProblems(roles: RoleAssignmentDto[]): FieldProblem[] {
  const seen = new Set<string>();
  return roles.flatMap((assignment, index) => {
    const problems: FieldProblem[] = [];
    if (assignment.role === 'owner' && assignment.eventId)
      problems.push({ field: `roles[${index}].eventId`, code: 'ownerOfWholeOrganisation' });
    const key = `${assignment.role}/${assignment.eventId ?? ''}`;
    if (seen.has(key)) problems.push({ field: `roles[${index}]`, code: 'repeatedRole' });
    seen.add(key);
    return problems;
  });
}

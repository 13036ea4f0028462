import { type Static, Type } from 'typebox';
import { LocaleSchema, RoleSchema, StringEnum } from './common.ts';

const Password = Type.String({ minLength: 10, maxLength: 200, description: 'At least 10 characters' });
const Email = Type.String({ format: 'email', maxLength: 254 });

/** What a person signs up for when no organization invites them. */
export const SIGN_UP_KINDS = ['learner', 'employer'] as const;

/** `POST /api/auth/sign-up`: at most one of joinCode, invitationToken, organizationName. */
export const SignUpBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    locale: Type.Optional(LocaleSchema),
    role: Type.Optional(
      StringEnum(SIGN_UP_KINDS, {
        description:
          'What the person signs up for when no organization invites them: learning or hiring. ' +
          'Teacher and administrator roles come only from an invitation, a join code or an administrator.',
      }),
    ),
    joinCode: Type.Optional(Type.String({ minLength: 4, maxLength: 32 })),
    invitationToken: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    organizationName: Type.Optional(
      Type.String({
        minLength: 2,
        maxLength: 100,
        description: 'Create a new organization and administer it',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SignUpInput = Static<typeof SignUpBody>;

/** The one answer of a sign-up, whether the address was free or taken. */
export const SignUpAnswerSchema = Type.Object({ message: Type.String() });
export type SignUpAnswer = Static<typeof SignUpAnswerSchema>;

export const SignInBody = Type.Object(
  { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export type SignInInput = Static<typeof SignInBody>;

export const MeUserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: LocaleSchema,
  kind: StringEnum(SIGN_UP_KINDS, { description: 'What the person signed up for: learner or employer' }),
  emailVerified: Type.Boolean({
    description:
      'Whether the person proved they hold the address (a link sent there); until then it names nobody',
  }),
});
export type MeUser = Static<typeof MeUserSchema>;

/** One organization the person belongs to, with their role there. */
export const MembershipSchema = Type.Object({
  orgId: Type.String(),
  orgName: Type.String(),
  orgSlug: Type.String(),
  role: RoleSchema,
});
export type Membership = Static<typeof MembershipSchema>;

/** The signed-in person, their organizations and their CSRF token. */
export const MeSchema = Type.Object({
  user: MeUserSchema,
  memberships: Type.Array(MembershipSchema),
  csrfToken: Type.String({ description: 'Send it as X-CSRF-Token on every cookie-authenticated write' }),
});
export type Me = Static<typeof MeSchema>;

/** `PATCH /api/me`: a new name or language. */
export const UpdateMeBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), locale: Type.Optional(LocaleSchema) },
  { additionalProperties: false },
);
export type UpdateMeInput = Static<typeof UpdateMeBody>;

export const VerifyEmailBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export type VerifyEmailInput = Static<typeof VerifyEmailBody>;

export const EmailVerifiedSchema = Type.Object({ email: Type.String(), verified: Type.Literal(true) });
export type EmailVerified = Static<typeof EmailVerifiedSchema>;

export const VerificationSentSchema = Type.Object({ sentTo: Type.String() });
export type VerificationSent = Static<typeof VerificationSentSchema>;

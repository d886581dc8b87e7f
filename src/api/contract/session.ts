import * as z from 'zod/mini'
import { Id, Role, Text } from './common'

export const User = z.object({
  id: Id,
  role: Role,
  name: Text,
  /** HR: their employer. Applicant: current employer, if any. */
  employerId: z.nullable(Id),
  /** Verifier: where they verify and what they redeem. */
  venue: z.nullable(z.object({ id: Id, name: Text, purpose: z.enum(['hospital', 'theatre', 'school']) })),
  regionId: z.string()
})
export type User = z.infer<typeof User>

export const SignInBody = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(128))
})
export const Session = z.object({ token: z.string().check(z.minLength(10)), user: User, expiresAt: z.string() })
export type Session = z.infer<typeof Session>

/**
 * Sign in with WeChat: the code `wx.login` gave. The backend exchanges it for the person's openid; a first
 * sign-in makes an applicant account (no cases until one is claimed with a claim code). The demo backend
 * also takes `demo:<username>` as a code: that WeChat login stands for the demo account (DemoAccount.wechatCode).
 */
export const WeChatSignInBody = z.object({ code: z.string().check(z.minLength(1), z.maxLength(128)) })
/** A session, and whether this sign-in made the account. */
export const WeChatSession = z.extend(Session, { created: z.boolean() })
export type WeChatSession = z.infer<typeof WeChatSession>

/** Demo accounts the sign-in screen offers (a real backend returns an empty list). */
export const DemoAccount = z.object({
  username: z.string(),
  password: z.string(),
  /** The WeChat login code that stands for this account on the demo backend: `demo:<username>`. */
  wechatCode: z.string(),
  role: Role,
  name: Text,
  description: Text
})
export const DemoAccounts = z.object({ accounts: z.array(DemoAccount) })

export default definePageConfig({ navigationBarTitleText: 'Sign in · 登录' })

export default definePageConfig({ navigationBarTitleText: 'Me · 我的' })

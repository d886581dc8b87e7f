export default definePageConfig({ navigationBarTitleText: 'Work permit points · 工作许可积分' })

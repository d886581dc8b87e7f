export default definePageConfig({ navigationBarTitleText: 'Application form · 申请表' })

export default definePageConfig({ navigationBarTitleText: 'Apply · 申请' })

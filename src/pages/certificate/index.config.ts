export default definePageConfig({ navigationBarTitleText: 'Certificate · 认定书' })

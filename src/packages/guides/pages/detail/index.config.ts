export default definePageConfig({ navigationBarTitleText: 'Guide · 办事指南' })

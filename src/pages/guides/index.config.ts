export default definePageConfig({ navigationBarTitleText: 'Guides · 办事指南' })

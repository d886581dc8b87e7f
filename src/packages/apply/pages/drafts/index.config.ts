export default definePageConfig({ navigationBarTitleText: 'Drafts · 草稿' })

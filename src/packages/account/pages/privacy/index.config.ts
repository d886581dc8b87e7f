export default definePageConfig({ navigationBarTitleText: '隐私告知书 Privacy notice' })
